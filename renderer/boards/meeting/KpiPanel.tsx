import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duePeriod, periodsEndingAt } from '../../../shared/kpi/periods';
import { kpiStatus, latestPoint, redLimit } from '../../../shared/kpi/status';
import type { BoardWords } from '../../../shared/kpi/words';
import type { ActionItem } from '../../../shared/model/record';
import type { GoalBoard, Kpi, KpiEntry, PeriodKey } from '../../../shared/model/teamBoards';
import { DateField } from '../../app/fields/DateField';
import type { Editor } from '../../editor/editor';
import { addKpiAction, deleteKpi, setKpiComment, updateKpi } from '../../editor/teamBoardCommands';
import { NumberField } from './NumberField';
import { StatusBadge } from './StatusBadge';
import { ValueCell } from './ValueCell';

interface Props {
  editor: Editor;
  board: GoalBoard;
  kpi: Kpi;
  actions: readonly ActionItem[];
  words: BoardWords;
  meetingDate: string;
  onDeleted(name: string): void;
}

const RECENT = 6;

/** The selected KPI: its settings, its latest values with comments, and its actions. */
export function KpiPanel({ editor, board, kpi, actions, words, meetingDate, onDeleted }: Props) {
  const { t } = useTranslation();
  const readOnly = editor.origin.readOnly;
  const latest = latestPoint(kpi);
  const due = duePeriod(meetingDate, kpi.period);
  const last = latest && latest.period > due ? latest.period : due;
  const periods = periodsEndingAt(last, RECENT).reverse();
  const entries = new Map(kpi.entries.map((e) => [e.period, e]));
  return (
    <Stack gap="sm" className="kpi-panel" data-testid="kpi-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h4">
          {kpi.name || t('teamBoards.kpi.newName')}
        </Title>
        <StatusBadge status={kpiStatus(kpi)} />
      </Group>
      <Title order={4} size="h5" mt="xs">
        {t('teamBoards.kpi.recent')}
      </Title>
      <Table className="kpi-recent" verticalSpacing={4} horizontalSpacing={6}>
        <Table.Tbody>
          {periods.map((period) => (
            <RecentRow key={period} editor={editor} kpiId={kpi.id} period={period} entry={entries.get(period)} words={words} />
          ))}
        </Table.Tbody>
      </Table>

      <Title order={4} size="h5" mt="xs">
        {t('teamBoards.kpi.actions')}
      </Title>
      <KpiActions actions={actions} kpiId={kpi.id} />
      {!readOnly && <KpiActionForm editor={editor} kpiId={kpi.id} language={words.lang} />}
      <KpiSettings editor={editor} board={board} kpi={kpi} words={words} />
      {!readOnly && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => {
            deleteKpi(editor, kpi.id);
            onDeleted(kpi.name);
          }}
          data-testid="kpi-delete"
        >
          {t('teamBoards.kpi.delete')}
        </Button>
      )}
    </Stack>
  );
}

interface RowProps {
  editor: Editor;
  kpiId: string;
  period: PeriodKey;
  entry: KpiEntry | undefined;
  words: BoardWords;
}

/**
 * One period's value and comment. Typing a value makes a new entry for that period alone, so the
 * other rows are not rendered again.
 */
const RecentRow = memo(function RecentRow({ editor, kpiId, period, entry, words }: RowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" className="kpi-recent-period">
        {words.period(period, true)}
      </Table.Th>
      <Table.Td w={90}>
        <ValueCell editor={editor} kpiId={kpiId} period={period} entry={entry} words={words} label={`${t('teamBoards.kpi.value')} ${words.period(period)}`} />
      </Table.Td>
      <Table.Td>
        <input
          className="kpi-comment"
          defaultValue={entry?.comment ?? ''}
          key={`${period}:${entry?.comment ?? ''}`}
          placeholder={t('teamBoards.kpi.commentPlaceholder')}
          aria-label={`${t('teamBoards.kpi.comment')} ${words.period(period)}`}
          maxLength={2_000}
          readOnly={editor.origin.readOnly}
          data-testid={`kpi-comment-${period}`}
          onBlur={(e) => e.currentTarget.value !== (entry?.comment ?? '') && setKpiComment(editor, kpiId, period, e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </Table.Td>
    </Table.Tr>
  );
});

/** The KPI's actions: the same list on every value typed, so rendered only when the actions change. */
const KpiActions = memo(function KpiActions({ actions, kpiId }: { actions: readonly ActionItem[]; kpiId: string }) {
  const { t } = useTranslation();
  const mine = actions.filter((a) => a.kpiId === kpiId);
  if (mine.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('teamBoards.kpi.noActions')}
      </Text>
    );
  }
  return (
    <Stack gap={2} component="ul" className="kpi-actions">
      {mine.map((a) => (
        <Text component="li" size="sm" key={a.id}>
          {a.what} – {a.owner || t('record.actions.noOwner')}
          {a.dueDate ? `, ${a.dueDate}` : ''} ({t(`record.actions.statuses.${a.status}`)})
        </Text>
      ))}
    </Stack>
  );
});

type SettingsProps = Pick<Props, 'editor' | 'board' | 'kpi' | 'words'>;

/**
 * The same settings: every field of the KPI but its values, and whether it has any (the period is
 * locked once it has). Read off the KPI itself, so a field added to the schema is compared too.
 */
export function sameSettings(a: Kpi, b: Kpi): boolean {
  if (a === b) return true;
  if (a.entries.length > 0 !== b.entries.length > 0) return false;
  const keys = Object.keys(a) as (keyof Kpi)[];
  return keys.length === Object.keys(b).length && keys.every((key) => key === 'entries' || a[key] === b[key]);
}

/**
 * The KPI's settings. Typing a value makes a new KPI object but leaves its settings as they were,
 * so they are not rendered again for it (thirty form fields, on every value typed).
 */
const KpiSettings = memo(
  function KpiSettings({ editor, board, kpi, words }: SettingsProps) {
    const { t } = useTranslation();
    const readOnly = editor.origin.readOnly;
    const limit = redLimit(kpi);
    const goals = board.goals.filter((g) => kpi.areaId === null || g.areaId === kpi.areaId);
    const update = (fields: Parameters<typeof updateKpi>[2], key?: string) => updateKpi(editor, kpi.id, fields, key ? `kpi.${kpi.id}.${key}` : undefined);
    return (
      <>
          <Title order={4} size="h5" mt="md">
            {t('teamBoards.kpi.settings')}
          </Title>
          <TextInput label={t('teamBoards.kpi.name')} value={kpi.name} readOnly={readOnly} maxLength={200} onChange={(e) => update({ name: e.currentTarget.value }, 'name')} data-testid="kpi-name" />
          <Group grow gap="xs">
            <TextInput label={t('teamBoards.kpi.unit')} placeholder={t('teamBoards.kpi.unitPlaceholder')} value={kpi.unit} maxLength={40} readOnly={readOnly} onChange={(e) => update({ unit: e.currentTarget.value }, 'unit')} />
            <Select
              label={t('teamBoards.kpi.period')}
              value={kpi.period}
              allowDeselect={false}
              disabled={readOnly || kpi.entries.length > 0}
              description={kpi.entries.length > 0 ? t('teamBoards.kpi.periodLocked') : undefined}
              data={(['day', 'week', 'month'] as const).map((p) => ({ value: p, label: t(`teamBoards.periodKinds.${p}`) }))}
              onChange={(value) => value && update({ period: value as Kpi['period'] })}
            />
          </Group>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('teamBoards.kpi.direction')}
            </Text>
            <SegmentedControl
              fullWidth
              disabled={readOnly}
              value={kpi.direction}
              onChange={(value) => update({ direction: value as Kpi['direction'] })}
              data={[
                { value: 'higher', label: t('teamBoards.direction.higher') },
                { value: 'lower', label: t('teamBoards.direction.lower') },
              ]}
            />
          </div>
          <Group grow gap="xs" align="flex-start">
            <NumberField label={t('teamBoards.kpi.target')} value={kpi.target} words={words} allowEmpty onCommit={(target) => update({ target })} data-testid="kpi-target" />
            <NumberField
              label={t('teamBoards.kpi.tolerance')}
              value={kpi.tolerance}
              words={words}
              onCommit={(tolerance) => update({ tolerance: tolerance ?? 0 })}
              warning={kpi.tolerance < 0 ? t('teamBoards.kpi.toleranceNegative') : null}
              description={kpi.target !== null && limit !== null && kpi.tolerance > 0 ? t('teamBoards.kpi.toleranceHint', { from: words.number(kpi.target), to: words.number(limit) }) : undefined}
              data-testid="kpi-tolerance"
            />
          </Group>
          <Group grow gap="xs">
            <Select
              label={t('teamBoards.kpi.area')}
              value={kpi.areaId}
              clearable
              placeholder={t('teamBoards.kpi.none')}
              disabled={readOnly}
              data={board.areas.map((a) => ({ value: a.id, label: a.name || '—' }))}
              onChange={(areaId) => update({ areaId, goalId: null })}
            />
            <Select
              label={t('teamBoards.kpi.goal')}
              value={kpi.goalId}
              clearable
              placeholder={t('teamBoards.kpi.none')}
              disabled={readOnly}
              data={goals.map((g) => ({ value: g.id, label: g.text || '—' }))}
              onChange={(goalId) => update({ goalId })}
            />
          </Group>

      </>
    );
  },
  (a, b) => a.editor === b.editor && a.words === b.words && a.board.areas === b.board.areas && a.board.goals === b.board.goals && sameSettings(a.kpi, b.kpi),
);

const KpiActionForm = memo(function KpiActionForm({ editor, kpiId, language }: { editor: Editor; kpiId: string; language: BoardWords['lang'] }) {
  const { t } = useTranslation();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<string | null>(null);
  const add = () => {
    if (!what.trim()) return;
    addKpiAction(editor, kpiId, { what: what.trim().slice(0, 5_000), owner: owner.trim().slice(0, 200), dueDate: due });
    setWhat('');
    setOwner('');
    setDue(null);
  };
  return (
    <Stack gap={6} className="kpi-action-form">
      <TextInput size="xs" placeholder={t('teamBoards.kpi.actionWhat')} aria-label={t('teamBoards.kpi.actionWhat')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} data-testid="kpi-action-what" />
      <Group gap={6} wrap="nowrap" grow>
        <TextInput size="xs" placeholder={t('teamBoards.cards.owner')} aria-label={t('teamBoards.cards.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="kpi-action-owner" />
        <DateField size="xs" language={language} value={due} onChange={setDue} placeholder={t('teamBoards.cards.due')} aria-label={t('teamBoards.cards.due')} />
        <ActionIcon variant="light" size="lg" aria-label={t('teamBoards.kpi.addAction')} onClick={add} disabled={!what.trim()} data-testid="kpi-action-add">
          <IconPlus size={16} />
        </ActionIcon>
      </Group>
    </Stack>
  );
});
