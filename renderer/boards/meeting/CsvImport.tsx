import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvReadResponse } from '../../../shared/ipc/teamBoardsContract';
import { readKpiCsv, type ImportProblem } from '../../../shared/kpi/importValues';
import type { BoardWords } from '../../../shared/kpi/words';
import type { GoalBoard } from '../../../shared/model/teamBoards';
import { bridge } from '../../app/bridge';
import type { Editor } from '../../editor/editor';
import { setKpiValues } from '../../editor/teamBoardCommands';
import { useReturnFocus } from '../../app/returnFocus';

type CsvState = { fileName: string; text: string } | { failed: Extract<CsvReadResponse, { status: 'failed' }> } | null;

/**
 * Asks main for a CSV file the user picks, reads it, and shows what would be imported before
 * anything changes. `start` is the same function for the life of the view (it needs nothing from
 * the board: the preview reads the file against the board as it is when shown).
 */
export function useCsvImport(editor: Editor, board: GoalBoard, words: BoardWords) {
  const [state, setState] = useState<CsvState>(null);
  const start = useCallback(async () => {
    const read = await bridge().invoke('kpi:readCsv', {});
    if (read.status === 'canceled') return;
    setState(read.status === 'failed' ? { failed: read } : { fileName: read.fileName, text: read.text });
  }, []);
  const close = useCallback(() => setState(null), []);
  const modal = state && <CsvImportModal state={state} onClose={close} editor={editor} board={board} words={words} />;
  return { start, modal };
}

function CsvImportModal({ state, onClose, editor, board, words }: { state: NonNullable<CsvState>; onClose(): void; editor: Editor; board: GoalBoard; words: BoardWords }) {
  useReturnFocus();
  const { t } = useTranslation();
  const result = useMemo(() => ('text' in state ? readKpiCsv(state.text, board, words.lang) : null), [state, board, words.lang]);
  if ('failed' in state) {
    return (
      <Modal opened onClose={onClose} title={t('teamBoards.csv.failed', { file: state.failed.fileName })} data-testid="csv-import">
        <Alert color="red">{t(`errors.io.${state.failed.problem}`)}</Alert>
        <Text size="xs" c="dimmed" mt="xs">
          {state.failed.detail}
        </Text>
      </Modal>
    );
  }
  if (!result) return null;
  const kpis = new Set(result.writes.map((w) => w.kpiId)).size;
  const describe = (p: ImportProblem) => (p.kind === 'unknownKpi' ? t('teamBoards.csv.unknownKpi', { name: p.name, where: p.where }) : p.kind === 'badPeriod' ? t('teamBoards.csv.badPeriod', { row: p.row, text: p.text }) : p.kind === 'repeated' ? t('teamBoards.csv.repeated', { row: p.row, kpi: p.kpi, period: words.period(p.period) }) : t(`teamBoards.csv.${p.kind}`));
  return (
    <Modal opened onClose={onClose} size="lg" title={t('teamBoards.csv.title', { file: state.fileName })} data-testid="csv-import">
      <Stack gap="sm">
        <Text fw={600} data-testid="csv-summary">
          {t('teamBoards.csv.summary', { count: result.writes.length, kpis })}
        </Text>
        {result.layout && <Text size="sm">{t(result.layout === 'long' ? 'teamBoards.csv.layoutLong' : 'teamBoards.csv.layoutWide')}</Text>}
        {result.textCells > 0 && <Alert color="orange">{t('teamBoards.csv.textCells', { count: result.textCells })}</Alert>}
        {result.problems.length > 0 && (
          <Alert color="red" title={t('teamBoards.csv.problems')} data-testid="csv-problems">
            <List size="sm">
              {result.problems.slice(0, 50).map((p, i) => (
                <List.Item key={i}>{describe(p)}</List.Item>
              ))}
              {result.problems.length > 50 && <List.Item>… (+{result.problems.length - 50})</List.Item>}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('teamBoards.csv.cancel')}
          </Button>
          <Button
            disabled={result.writes.length === 0 || editor.origin.readOnly}
            onClick={() => {
              setKpiValues(editor, result.writes, words.lang);
              onClose();
            }}
            data-testid="csv-confirm"
          >
            {t('teamBoards.csv.import')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
