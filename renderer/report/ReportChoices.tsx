import { Checkbox, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/workshop';
import { SectionId } from '../../shared/report/options';

const LANGUAGES: Language[] = ['sv', 'nb', 'en'];

/** The language a document out is written in (the PDF, the Word minutes, the tables). */
export function ReportLanguageSelect({ value, onChange }: { value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return <Select label={t('report.options.language')} value={value} onChange={(v) => v && onChange(v as Language)} data={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))} allowDeselect={false} />;
}

/** The report's sections this workshop has, to tick in or out (the PDF and the Word minutes share them). */
export function SectionChecks({ available, value, onChange }: { available: readonly SectionId[]; value: SectionId[]; onChange: (sections: SectionId[]) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('report.options.sections')} value={value} onChange={(v) => onChange(v as SectionId[])}>
      <Stack gap={6} mt={6}>
        {SectionId.options
          .filter((id) => available.includes(id))
          .map((id) => (
            <Checkbox key={id} value={id} label={t(`report.sections.${id}`)} />
          ))}
      </Stack>
    </Checkbox.Group>
  );
}
