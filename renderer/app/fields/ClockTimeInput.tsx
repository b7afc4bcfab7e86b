import { TextInput, type TextInputProps } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseClockText } from './clockTime';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A 24-hour clock time field. The browser's own time input follows the OS locale (AM/PM on an
 * English system even when the app speaks Swedish), so the time is typed as text and read
 * leniently; a value that is not a time is marked and never saved.
 */
export function ClockTimeInput({ value, onChange, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? value ?? '';
  const invalid = text !== null && text.trim() !== '' && parseClockText(text) === null;
  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      placeholder={rest.placeholder ?? '--:--'}
      rightSection={<IconClock size={16} />}
      value={shown}
      error={invalid ? t('fields.invalidTime') : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') onChange(null);
        else {
          const parsed = parseClockText(next);
          if (parsed !== null && /^\d{1,2}[:.]\d{2}$/.test(next.trim())) onChange(parsed);
        }
      }}
      onBlur={(event) => {
        if (text !== null) {
          const parsed = parseClockText(text);
          if (parsed !== null) onChange(parsed);
          if (parsed !== null || text.trim() === '') setText(null);
        }
        onBlur?.(event);
      }}
    />
  );
}
