import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { setHeaderField } from '../editor/workshopCommands';
import { useEditorState, useWorkspaceState } from '../app/context';
import { ClockTimeInput } from '../app/fields/ClockTimeInput';
import { DateField } from '../app/fields/DateField';
import { LimitedTextarea, LimitedTextInput } from '../app/fields/textLimit';
import { maxLengthOf } from '../../shared/model/limits';
import { Header } from '../../shared/model/workshop';

const LIMITS = {
  title: maxLengthOf(Header.shape.title),
  place: maxLengthOf(Header.shape.place),
  facilitator: maxLengthOf(Header.shape.facilitator),
  purpose: maxLengthOf(Header.shape.purpose),
};

/** Title, date, start time, place, facilitator, purpose: each field one undo step per edit. */
export function HeaderForm({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const header = useEditorState(editor, (s) => s.history.present.header);
  const language = useWorkspaceState((s) => s.language);
  const readOnly = editor.origin.readOnly;
  const seal = () => editor.seal();
  // A new workshop starts in its title, once (not each time the Plan tab is shown again).
  const session = useWorkspaceState((s) => s.session);
  const [focusTitle] = useState(() => session?.pendingFocus === 'title');
  useEffect(() => {
    if (focusTitle) session?.focusTaken('title');
  }, [focusTitle, session]);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="header-heading">
      <Title order={2} size="h4" id="header-heading" mb="md">
        {t('workshop.header')}
      </Title>
      <Stack gap="sm">
        <LimitedTextInput
          limit={LIMITS.title}
          label={t('workshop.title')}
          size="md"
          value={header.title}
          readOnly={readOnly}
          onChange={(e) => setHeaderField(editor, 'title', e.currentTarget.value)}
          onBlur={seal}
          autoFocus={focusTitle}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            language={language}
            label={t('workshop.date')}
            value={header.date}
            readOnly={readOnly}
            onChange={(value) => setHeaderField(editor, 'date', value)}
            onBlur={seal}
          />
          <ClockTimeInput
            label={t('workshop.startTime')}
            value={header.startTime}
            readOnly={readOnly}
            onChange={(value) => setHeaderField(editor, 'startTime', value)}
            onBlur={seal}
          />
          <LimitedTextInput
            limit={LIMITS.place}
            label={t('workshop.place')}
            value={header.place}
            readOnly={readOnly}
            onChange={(e) => setHeaderField(editor, 'place', e.currentTarget.value)}
            onBlur={seal}
          />
          <LimitedTextInput
            limit={LIMITS.facilitator}
            label={t('workshop.facilitator')}
            value={header.facilitator}
            readOnly={readOnly}
            onChange={(e) => setHeaderField(editor, 'facilitator', e.currentTarget.value)}
            onBlur={seal}
          />
        </SimpleGrid>
        <LimitedTextarea
          limit={LIMITS.purpose}
          label={t('workshop.purpose')}
          autosize
          minRows={2}
          value={header.purpose}
          readOnly={readOnly}
          onChange={(e) => setHeaderField(editor, 'purpose', e.currentTarget.value)}
          onBlur={seal}
        />
      </Stack>
    </Card>
  );
}
