import { Alert, Badge, Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { IconChecklist, IconFileImport, IconPresentation } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistCount, meetingChecklist } from '../../../shared/kpi/checklist';
import { describeKpi } from '../../../shared/kpi/drawKpi';
import { goalTextOf } from '../../../shared/kpi/goalBoard';
import { kpiStatus } from '../../../shared/kpi/status';
import type { Editor } from '../../editor/editor';
import { setOverallGoal, setTeamName } from '../../editor/teamBoardCommands';
import { useEditorState } from '../../app/context';
import { ChecklistModal } from './ChecklistModal';
import { useCsvImport } from './CsvImport';
import { GoalBoardCanvas } from './GoalBoardCanvas';
import { GoalsEditor } from './GoalsEditor';
import { useBoardWords, useMeetingDate } from './hooks';
import { KpiPanel } from './KpiPanel';
import { StatusBadge } from './StatusBadge';
import { ValueGrid } from './ValueGrid';

type Sub = 'board' | 'values' | 'goals';

/** The goal board: the board itself with the selected KPI beside it, the value grid, and the goals and KPIs. */
export function GoalBoardView({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const teamBoards = useEditorState(editor, (s) => s.history.present.teamBoards);
  const actions = useEditorState(editor, (s) => s.history.present.actions);
  const header = useEditorState(editor, (s) => s.history.present.header);
  const words = useBoardWords();
  const meetingDate = useMeetingDate(editor);
  const [sub, setSub] = useState<Sub>('board');
  const [selected, setSelected] = useState<string | null>(null);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const board = teamBoards?.goalBoard;
  const csv = useCsvImport(editor, board ?? { overallGoal: '', areas: [], goals: [], kpis: [] }, words);
  const list = useMemo(() => meetingChecklist({ teamBoards, actions, header: { ...header, date: meetingDate } }, meetingDate), [teamBoards, actions, header, meetingDate]);
  const { start: startCsvImport } = csv;
  const startCsv = useCallback(() => void startCsvImport(), [startCsvImport]);
  const openChecklist = useCallback(() => setChecklistOpen(true), []);
  const closeChecklist = useCallback(() => setChecklistOpen(false), []);
  const present = useCallback(() => setPresenting(true), []);
  const pick = useCallback((id: string) => {
    setSelected(id);
    setSub('board');
  }, []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);
  if (!teamBoards || !board) return null;
  const readOnly = editor.origin.readOnly;
  const kpi = board.kpis.find((k) => k.id === selected) ?? null;
  const count = checklistCount(list);
  return (
    <div className="goal-board-view" data-testid="goal-board-view">
      <GoalBoardBar sub={sub} onSub={setSub} count={count} readOnly={readOnly} onChecklist={openChecklist} onCsv={startCsv} onPresent={present} />
      {presenting && (
        <div className="goal-board-present" data-testid="goal-board-presenting" onKeyDown={(e) => e.key === 'Escape' && setPresenting(false)}>
          <PresentedBoard>{(size) => <GoalBoardCanvas board={board} team={teamBoards.team} words={words} meetingDate={meetingDate} selected={null} onSelect={() => undefined} fit={size} />}</PresentedBoard>
          <Button className="goal-board-present-exit" size="xs" variant="default" onClick={() => setPresenting(false)} autoFocus>
            {t('canvas.presentation.exit')}
          </Button>
        </div>
      )}
      {message && (
        <Alert color="gray" my="xs" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {sub === 'board' && (
        <div className="goal-board-body">
          <GoalBoardCanvas board={board} team={teamBoards.team} words={words} meetingDate={meetingDate} selected={selected} onSelect={setSelected} />
          <aside className="goal-board-side">
            {kpi ? (
              <KpiPanel editor={editor} board={board} kpi={kpi} actions={actions} words={words} meetingDate={meetingDate} onDeleted={(name) => { setSelected(null); setMessage(t('teamBoards.kpi.deleted', { name })); }} />
            ) : (
              <>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('teamBoards.ui.selectHint')}
                </Text>
                <ul className="kpi-list" aria-label={t('teamBoards.goals.kpis')}>
                  {board.kpis.map((k) => (
                    <li key={k.id}>
                      <button type="button" className="kpi-list-item" onClick={() => setSelected(k.id)} title={describeKpi(k, { words, meetingDate, goalText: goalTextOf(board, k) })} data-testid="kpi-list-item">
                        <span>{k.name || t('teamBoards.kpi.newName')}</span>
                        <StatusBadge status={kpiStatus(k)} />
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </aside>
        </div>
      )}
      {sub === 'values' && <ValueGrid editor={editor} board={board} words={words} meetingDate={meetingDate} />}
      {sub === 'goals' && (
        <>
          <Group gap="sm" mb="md" wrap="nowrap" align="flex-end">
            <TextInput label={t('teamBoards.ui.team')} value={teamBoards.team} readOnly={readOnly} maxLength={200} onChange={(e) => setTeamName(editor, e.currentTarget.value)} w={260} data-testid="team-name" />
            <TextInput
              label={t('teamBoards.ui.overallGoal')}
              placeholder={t('teamBoards.board.noOverallGoal')}
              value={board.overallGoal}
              readOnly={readOnly}
              maxLength={2_000}
              onChange={(e) => setOverallGoal(editor, e.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="overall-goal"
            />
          </Group>
          <GoalsEditor editor={editor} board={board} onPick={pick} />
        </>
      )}
      <ChecklistModal opened={checklistOpen} onClose={closeChecklist} list={list} words={words} onPick={pick} />
      {csv.modal}
    </div>
  );
}

interface BarProps {
  sub: Sub;
  onSub(sub: Sub): void;
  count: number;
  readOnly: boolean;
  onChecklist(): void;
  onCsv(): void;
  onPresent(): void;
}

/** The goal board's buttons: the same on every value typed, so rendered only when they change. */
const GoalBoardBar = memo(function GoalBoardBar({ sub, onSub, count, readOnly, onChecklist, onCsv, onPresent }: BarProps) {
  const { t } = useTranslation();
  return (
    <Group className="goal-board-bar" gap="sm" wrap="nowrap">
      <SegmentedControl
        value={sub}
        onChange={(v) => onSub(v as Sub)}
        data={(['board', 'values', 'goals'] as const).map((v) => ({ value: v, label: t(`teamBoards.ui.subviews.${v}`) }))}
        data-testid="goal-board-subviews"
      />
      <Button
        variant={count > 0 ? 'light' : 'default'}
        color={count > 0 ? 'orange' : 'gray'}
        leftSection={<IconChecklist size={18} />}
        rightSection={count > 0 ? <Badge size="sm" color="orange" circle>{count}</Badge> : null}
        onClick={onChecklist}
        data-testid="checklist-button"
      >
        {t('teamBoards.checklist.button')}
      </Button>
      {!readOnly && (
        <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={onCsv} data-testid="csv-button">
          {t('teamBoards.csv.button')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconPresentation size={18} />} onClick={onPresent} data-testid="goal-board-present">
        {t('teamBoards.ui.present')}
      </Button>
    </Group>
  );
});

/** The window's size, for a board shown full screen to the room. */
function PresentedBoard({ children }: { children: (size: { w: number; h: number }) => React.ReactNode }) {
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const resize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  return <>{children(size)}</>;
}
