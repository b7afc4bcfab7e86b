import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUpDouble, IconGavel, IconParking } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runningAgendaItemId } from '../../shared/record/runningItem';
import type { Editor } from '../editor/editor';
import {
  addDecision,
  addParkingLotItem,
  deleteDecision,
  deleteParkingLotItem,
  updateDecision,
  updateParkingLotItem,
} from '../editor/recordCommands';
import { useEditorState } from '../app/context';
import { DeleteButton } from './DeleteButton';
import { LIMITS } from '../app/fields/limits';
import { LimitedTextarea } from '../app/fields/textLimit';

function Decisions({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const decisions = useEditorState(editor, (s) => s.history.present.decisions);
  const items = useEditorState(editor, (s) => s.history.present.agenda.items);
  const [text, setText] = useState('');
  const running = useEditorState(editor, (s) => runningAgendaItemId(s.history.present));
  const [itemId, setItemId] = useState<string | null>(running);
  const itemOptions = items.filter((i) => i.kind === 'item').map((i) => ({ value: i.id, label: i.title || t('record.notes.untitledItem') }));
  const add = () => {
    if (text.trim() === '') return;
    addDecision(editor, text.trim(), itemId);
    setText('');
    // The next decision most likely belongs to the item running then.
    setItemId(running ?? itemId);
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="decisions-heading">
      <Title order={2} size="h4" id="decisions-heading" mb="sm">
        {t('record.decisions.heading')}
      </Title>
      <Stack gap="sm">
        {decisions.length === 0 && <Text c="dimmed">{t('record.decisions.empty')}</Text>}
        {decisions.map((decision, index) => (
          <Group key={decision.id} align="flex-start" wrap="nowrap" gap="xs" className="record-item" data-testid="decision-row">
            <Text fw={700} c="teal.8" w={24} pt={6}>
              {index + 1}.
            </Text>
            <Stack gap={4} style={{ flex: 1 }}>
              <LimitedTextarea limit={LIMITS.decision.text}
                autosize
                minRows={1}
                variant="unstyled"
                className="inline-edit"
                aria-label={t('record.decisions.text')}
                value={decision.text}
                onChange={(e) => updateDecision(editor, decision.id, { text: e.currentTarget.value })}
                onBlur={() => editor.seal()}
                styles={{ input: { fontWeight: 500 } }}
              />
              <Select
                size="xs"
                variant="unstyled"
                aria-label={t('record.decisions.agendaItem')}
                placeholder={t('record.decisions.noItem')}
                data={itemOptions}
                value={decision.agendaItemId}
                onChange={(value) => updateDecision(editor, decision.id, { agendaItemId: value })}
                clearable
                w={280}
                styles={{ input: { color: 'var(--mantine-color-dimmed)' } }}
              />
            </Stack>
            <DeleteButton label={t('record.decisions.delete')} onClick={() => deleteDecision(editor, decision.id)} />
          </Group>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Stack gap="xs">
            <LimitedTextarea limit={LIMITS.decision.text}
              autosize
              minRows={2}
              label={t('record.decisions.text')}
              placeholder={t('record.decisions.placeholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  add();
                }
              }}
              name="decision"
            />
            <Group gap="xs" align="flex-end">
              <Select
                label={t('record.decisions.agendaItem')}
                placeholder={t('record.decisions.noItem')}
                data={itemOptions}
                value={itemId}
                onChange={setItemId}
                clearable
                style={{ flex: 1 }}
              />
              <Button type="submit" leftSection={<IconGavel size={18} />} disabled={text.trim() === ''}>
                {t('record.decisions.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function ParkingLot({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const items = useEditorState(editor, (s) => s.history.present.parkingLot);
  const [text, setText] = useState('');
  const add = () => {
    if (text.trim() === '') return;
    addParkingLotItem(editor, text.trim());
    setText('');
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="parking-heading">
      <Title order={2} size="h4" id="parking-heading" mb="sm">
        {t('record.parkingLot.heading')}
      </Title>
      <Stack gap="sm">
        {items.length === 0 && <Text c="dimmed">{t('record.parkingLot.empty')}</Text>}
        {items.map((item) => (
          <Group key={item.id} align="flex-start" wrap="nowrap" gap="xs" className="record-item" data-testid="parking-row">
            <IconParking size={20} style={{ marginTop: 8, flexShrink: 0 }} color="var(--mantine-color-indigo-6)" />
            <Stack gap={2} style={{ flex: 1 }}>
              <LimitedTextarea limit={LIMITS.parkingLot.text}
                autosize
                minRows={1}
                variant="unstyled"
                className="inline-edit"
                aria-label={t('record.parkingLot.heading')}
                value={item.text}
                onChange={(e) => updateParkingLotItem(editor, item.id, e.currentTarget.value)}
                onBlur={() => editor.seal()}
              />
              {item.carriedFrom && (
                <Badge color="grape" variant="light" size="sm" leftSection={<IconArrowBackUpDouble size={12} />}>
                  {t('record.parkingLot.carried')}
                </Badge>
              )}
            </Stack>
            <DeleteButton label={t('record.parkingLot.delete')} onClick={() => deleteParkingLotItem(editor, item.id)} />
          </Group>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Group gap="xs" align="flex-end">
            <LimitedTextarea limit={LIMITS.parkingLot.text}
              autosize
              minRows={1}
              placeholder={t('record.parkingLot.placeholder')}
              aria-label={t('record.parkingLot.placeholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  add();
                }
              }}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="light" color="indigo" disabled={text.trim() === ''}>
              {t('record.parkingLot.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}

export function DecisionsPanel({ editor }: { editor: Editor }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Decisions editor={editor} />
      <ParkingLot editor={editor} />
    </SimpleGrid>
  );
}
