import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readCell } from '../../../shared/kpi/values';
import type { BoardWords } from '../../../shared/kpi/words';

interface Props {
  label: string;
  value: number | null;
  words: BoardWords;
  /** Null when the field may be emptied (a KPI without a target). */
  onCommit(value: number | null): void;
  allowEmpty?: boolean;
  description?: string;
  /** A message about a value that is a number but still wrong (a negative tolerance). */
  warning?: string | null;
  'data-testid'?: string;
}

/**
 * A number typed in the app's language (decimal comma in sv/nb). What is not a number stays in
 * the field, marked, and is not committed: the stored value never changes to something not typed.
 */
export function NumberField({ label, value, words, onCommit, allowEmpty = false, description, warning, ...rest }: Props) {
  const { t } = useTranslation();
  const shown = value === null ? '' : words.number(value, 6).replace(/\u00a0/g, ' ');
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // When the stored value changes (undo, another field), the field shows it.
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
    setError(null);
  }
  const commit = () => {
    const cell = readCell(text, words.lang);
    if (cell.kind === 'empty' && allowEmpty) {
      setError(null);
      if (value !== null) onCommit(null);
      return;
    }
    if (cell.kind !== 'number') {
      setError(t('teamBoards.kpi.invalidNumber', { example: words.number(92.5) }));
      return;
    }
    setError(null);
    if (cell.value !== value) onCommit(cell.value);
  };
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      inputMode="decimal"
      error={error ?? warning ?? undefined}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      data-testid={rest['data-testid']}
    />
  );
}
