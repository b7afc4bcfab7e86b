import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../shared/kpi/values';
import type { BoardWords } from '../../../shared/kpi/words';
import type { KpiEntry, PeriodKey } from '../../../shared/model/teamBoards';
import type { Editor } from '../../editor/editor';
import { setKpiValue } from '../../editor/teamBoardCommands';

interface Props {
  editor: Editor;
  kpiId: string;
  period: PeriodKey;
  entry: KpiEntry | undefined;
  words: BoardWords;
  label: string;
  onPaste?(event: React.ClipboardEvent<HTMLInputElement>): void;
}

/**
 * One KPI value as typed. It is written when the field is left or Enter is pressed; text that is
 * not a number is kept as it was typed, marked, and not counted.
 */
export function ValueCell({ editor, kpiId, period, entry, words, label, onPaste }: Props) {
  const { t } = useTranslation();
  const stored = cellText(entry, (v) => words.number(v, 6));
  const [text, setText] = useState(stored);
  // When the stored value changes (undo, a paste, another field), the cell shows it.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setText(stored);
  }
  const isText = entry !== undefined && entry.value === null && entry.text !== '';
  const commit = () => {
    if (text !== stored) setKpiValue(editor, kpiId, period, text, words.lang);
  };
  return (
    <input
      className={`kpi-cell${isText ? ' kpi-cell-text' : ''}`}
      value={text}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={isText || undefined}
      title={isText ? t('teamBoards.kpi.notANumber') : undefined}
      data-testid={`kpi-cell-${kpiId}-${period}`}
      readOnly={editor.origin.readOnly}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onPaste={onPaste}
      onKeyDown={(e) => {
        // Leaving the field writes the value (once).
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setText(stored);
      }}
    />
  );
}
