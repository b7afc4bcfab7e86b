import { Alert, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeBlock, readPastedBlock } from '../../../shared/kpi/importValues';
import { duePeriod, periodsEndingAt, shiftPeriod } from '../../../shared/kpi/periods';
import { latestPoint } from '../../../shared/kpi/status';
import { readCell } from '../../../shared/kpi/values';
import type { BoardWords } from '../../../shared/kpi/words';
import type { GoalBoard, KpiPeriod } from '../../../shared/model/teamBoards';
import type { Editor } from '../../editor/editor';
import { setKpiValues } from '../../editor/teamBoardCommands';
import { StatusBadge } from './StatusBadge';
import { ValueCell } from './ValueCell';
import { kpiStatus } from '../../../shared/kpi/status';

const COLUMNS = 8;

/**
 * The KPIs' values in a grid: one row per KPI, one column per period, the latest on the right. A
 * block pasted from Excel fills from the cell it lands in; a block that does not fit is refused
 * whole, with the shape that would.
 */
export function ValueGrid({ editor, board, words, meetingDate }: { editor: Editor; board: GoalBoard; words: BoardWords; meetingDate: string }) {
  const { t } = useTranslation();
  const kinds = (['week', 'month', 'day'] as const).filter((k) => board.kpis.some((kpi) => kpi.period === k));
  const [kind, setKind] = useState<KpiPeriod>(kinds[0] ?? 'week');
  const [back, setBack] = useState(0);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const kpis = board.kpis.filter((k) => k.period === kind);
  const due = duePeriod(meetingDate, kind);
  const latest = kpis.map((k) => latestPoint(k)?.period ?? due).reduce((a, b) => (a > b ? a : b), due);
  const periods = periodsEndingAt(shiftPeriod(latest, -back), COLUMNS);
  const rows = kpis.map((k) => k.id);

  const paste = (row: number, column: number) => (e: React.ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // A single value is typed into the cell as usual.
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const placed = placeBlock(readPastedBlock(text), rows, periods, { row, column });
    if (!placed.ok) {
      setMessage({
        color: 'red',
        text:
          placed.problem === 'ragged'
            ? t('teamBoards.grid.pasteRagged', { lengths: placed.rowLengths.join(', ') })
            : t('teamBoards.grid.pasteTooLarge', { rows: placed.got.rows, columns: placed.got.columns, roomRows: placed.room.rows, roomColumns: placed.room.columns }),
      });
      return;
    }
    setKpiValues(editor, placed.writes, words.lang);
    const texts = placed.writes.filter((w) => readCell(w.text, words.lang).kind === 'text').length;
    const pasted = t('teamBoards.grid.pasted', { count: placed.writes.length });
    setMessage({ color: texts > 0 ? 'orange' : 'teal', text: texts > 0 ? `${pasted} ${t('teamBoards.grid.pastedText', { count: texts })}` : pasted });
  };

  const kindName = t(`teamBoards.periodKinds.${kind}`).toLowerCase();
  return (
    <div className="value-grid" data-testid="value-grid">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('teamBoards.grid.caption', { period: kindName })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {kinds.length > 1 && (
            <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as KpiPeriod)} data={kinds.map((k) => ({ value: k, label: t(`teamBoards.periodKinds.${k}`) }))} />
          )}
          <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} onClick={() => setBack((b) => b + COLUMNS)} data-testid="grid-earlier">
            {t('teamBoards.kpi.earlier')}
          </Button>
          <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} disabled={back === 0} onClick={() => setBack((b) => Math.max(0, b - COLUMNS))}>
            {t('teamBoards.kpi.later')}
          </Button>
        </Group>
      </Group>
      {message && (
        <Alert color={message.color} mb="xs" withCloseButton onClose={() => setMessage(null)} data-testid="grid-message">
          {message.text}
        </Alert>
      )}
      {kpis.length === 0 ? (
        <Text c="dimmed">{t('teamBoards.grid.empty', { period: kindName })}</Text>
      ) : (
        <div className="value-grid-scroll">
          <table className="value-grid-table">
            <thead>
              <tr>
                <th scope="col">{t('teamBoards.grid.kpi')}</th>
                {periods.map((p) => (
                  <th scope="col" key={p} className={p === due ? 'due' : undefined}>
                    {words.period(p, true)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi, r) => {
                const entries = new Map(kpi.entries.map((e) => [e.period, e]));
                return (
                  <tr key={kpi.id}>
                    <th scope="row">
                      <div className="value-grid-row-head">
                        <span className="value-grid-name" title={kpi.name}>
                          {kpi.name || '—'}
                          {kpi.unit && <span className="value-grid-unit">({kpi.unit})</span>}
                        </span>
                        <StatusBadge status={kpiStatus(kpi)} />
                      </div>
                    </th>
                    {periods.map((p, c) => (
                      <td key={p} className={p === due ? 'due' : undefined}>
                        <ValueCell editor={editor} kpiId={kpi.id} period={p} entry={entries.get(p)} words={words} label={`${kpi.name} ${words.period(p)}`} onPaste={paste(r, c)} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
