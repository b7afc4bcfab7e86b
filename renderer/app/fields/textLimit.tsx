import { Autocomplete, Text, Textarea, TextInput, type AutocompleteProps, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useState, type ClipboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import { Language } from '../../../shared/model/language';

/** The counter appears when this share of the limit is used. */
export const COUNTER_FROM = 0.8;

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface TextLimitProps {
  maxLength: number;
  onPaste: (event: ClipboardEvent<Field>) => void;
  description: ReactNode;
  error: ReactNode;
  inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[];
}

/**
 * A text field's limit from the file schema (`maxLengthOf`), shown where the user types: the field
 * takes no more than the file may hold, a counter appears near the limit, and a paste that did not
 * fit says how much was left out. So every document in the app can be saved and its
 * crash-recovery copy written.
 */
export function useTextLimit(max: number, value: string): TextLimitProps & { onBlur: () => void } {
  const { t, i18n } = useTranslation();
  const language = Language.catch('en').parse(i18n.language);
  const [cut, setCut] = useState(0);
  const number = (n: number) => formatNumber(n, language, 0);
  const near = value.length >= Math.floor(max * COUNTER_FROM);
  return {
    maxLength: max,
    onPaste: (event) => {
      const field = event.currentTarget;
      const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
      const over = field.value.length - selected + event.clipboardData.getData('text').length - max;
      setCut(Math.max(0, over));
    },
    onBlur: () => setCut(0),
    description: near ? (
      <Text span size="xs" c={value.length >= max ? 'orange.8' : 'dimmed'} data-testid="text-counter" aria-label={t('input.text.counterLabel', { length: number(value.length), max: number(max) })}>
        {t('input.text.counter', { length: number(value.length), max: number(max) })}
      </Text>
    ) : undefined,
    error: cut > 0 ? t('input.text.cut', { count: cut, max: number(max) }) : undefined,
    inputWrapperOrder: ['label', 'input', 'description', 'error'],
  };
}

type Limited<P> = Omit<P, 'maxLength' | 'value'> & { limit: number; value: string };

export function LimitedTextInput({ limit, value, onBlur, error, ...rest }: Limited<TextInputProps>) {
  const { onBlur: clear, ...shown } = useTextLimit(limit, value);
  return <TextInput {...rest} value={value} {...shown} error={error ?? shown.error} onBlur={(event) => (clear(), onBlur?.(event))} />;
}

export function LimitedTextarea({ limit, value, onBlur, error, ...rest }: Limited<TextareaProps>) {
  const { onBlur: clear, ...shown } = useTextLimit(limit, value);
  return <Textarea {...rest} value={value} {...shown} error={error ?? shown.error} onBlur={(event) => (clear(), onBlur?.(event))} />;
}

export function LimitedAutocomplete({ limit, value, onBlur, error, ...rest }: Limited<AutocompleteProps>) {
  const { onBlur: clear, ...shown } = useTextLimit(limit, value);
  return <Autocomplete {...rest} value={value} {...shown} error={error ?? shown.error} onBlur={(event) => (clear(), onBlur?.(event))} />;
}
