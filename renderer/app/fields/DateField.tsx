import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/nb';
import 'dayjs/locale/sv';
import type { Language } from '../../../shared/model/language';

dayjs.extend(customParseFormat);

/** How each language writes a date: ISO in Sweden, dots in Norway, day month year in British English. */
const displayFormat: Record<Language, string> = { sv: 'YYYY-MM-DD', nb: 'DD.MM.YYYY', en: 'D MMM YYYY' };
const dayjsLocale: Record<Language, string> = { sv: 'sv', nb: 'nb', en: 'en-gb' };
/**
 * Mantine capitalises the calendar's month and weekdays; Swedish and Norwegian write them in
 * lower case ("november 2026", "må"), English's locale already has its capitals.
 */
const asWritten = { textTransform: 'none' } as const;
const calendarStyles = { calendarHeaderLevel: asWritten, calendarHeaderSelect: asWritten, weekday: asWritten };

const accepted = ['YYYY-MM-DD', 'D.M.YYYY', 'DD.MM.YYYY', 'D/M/YYYY', 'DD/MM/YYYY', 'D MMM YYYY', 'D MMMM YYYY'];

/** Reads a typed date in any of the usual forms; the value stays a YYYY-MM-DD string. */
export function parseDateText(text: string, language: Language): string | null {
  const parsed = dayjs(text.trim(), accepted, dayjsLocale[language], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  language: Language;
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date field in the app's language (not the browser's), with a calendar to pick from. */
export function DateField({ language, value, onChange, ...rest }: Props) {
  // The calendar speaks the app's language, starts the week on Monday and shows ISO week numbers
  // (Swedish and Norwegian workplaces plan by week: "vecka 49", "uke 49").
  return (
    <DatesProvider settings={{ locale: dayjsLocale[language], firstDayOfWeek: 1 }}>
      <DateInput
        clearable
        withWeekNumbers
        styles={calendarStyles}
        {...rest}
        value={value}
        valueFormat={displayFormat[language]}
        dateParser={(text) => parseDateText(text, language)}
        onChange={(next) => onChange(next ? String(next).slice(0, 10) : null)}
      />
    </DatesProvider>
  );
}
