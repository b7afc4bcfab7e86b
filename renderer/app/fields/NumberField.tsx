import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { describeNumberProblem, parseLocaleNumber, type NumberRules } from '../../../shared/i18n/number';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/model/language';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'lang'> & {
  value: number;
  /** The language numbers are typed and shown in (decimal comma in sv/nb). */
  language: Language;
  /** What the field accepts, from the file schema (`numberRulesOf`). */
  rules: NumberRules;
  onValue: (value: number) => void;
};

/**
 * A number typed as text in the language's format. What was typed is read exactly or refused with a
 * message under the field — "2,5" is never 25 and "-10" never 10 — and only a number the schema
 * accepts reaches the document. The text stays as typed until the field is left with a valid value.
 */
export function NumberField({ value, language, rules, onValue, onBlur, ...rest }: Props) {
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? null : parseLocaleNumber(text, language, rules);
  // A valid text that no longer matches the document (undo, another window) gives way to the document.
  const stale = parsed?.ok === true && parsed.value !== value;
  const shown = text !== null && !stale ? text : formatNumber(value, language, 6);
  const error = parsed !== null && !parsed.ok && !stale ? describeNumberProblem(parsed.problem, parsed.text, language, rules) : undefined;
  return (
    <TextInput
      inputMode={rules.whole ? 'numeric' : 'decimal'}
      {...rest}
      value={shown}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const read = parseLocaleNumber(next, language, rules);
        if (read.ok && read.value !== value) onValue(read.value);
      }}
      onBlur={(event) => {
        if (parsed?.ok) setText(null);
        onBlur?.(event);
      }}
    />
  );
}
