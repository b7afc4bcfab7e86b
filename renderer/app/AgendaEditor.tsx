import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Button, Card, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { computeSchedule, type ScheduledItem } from '../../shared/agenda/schedule';
import { formatClock } from '../../shared/i18n/format';
import { AgendaItemKind, MAX_PLANNED_MINUTES, type AgendaItem, type Language } from '../../shared/model/workshop';
import type { Editor } from '../editor/editor';
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from '../editor/workshopCommands';
import { useEditorState, useWorkspaceState } from './context';

function ClockRange({ slot, language }: { slot: ScheduledItem | undefined; language: Language }) {
  const { t } = useTranslation();
  if (!slot) return <span className="clock-range" aria-hidden />;
  const days = Math.floor(slot.end / (24 * 60));
  return (
    <span className="clock-range" data-testid="clock-range">
      {formatClock(slot.start, language)}–{formatClock(slot.end, language)}
      {days > 0 && <span className="next-day"> {t('agenda.nextDay', { count: days })}</span>}
    </span>
  );
}

/** Planned minutes, kept as typed until they are a valid number, so a wrong value is shown, never saved as zero. */
function MinutesInput({ editor, item, readOnly }: { editor: Editor; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number | null>(null);
  const value = text ?? item.plannedMinutes;
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PLANNED_MINUTES;
  return (
    <NumberInput
      aria-label={t('agenda.plannedMinutes')}
      className="minutes-input"
      w={96}
      value={value}
      readOnly={readOnly}
      min={0}
      max={MAX_PLANNED_MINUTES}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      rightSection={<Text size="xs" c="dimmed">min</Text>}
      error={valid ? undefined : t('agenda.invalidMinutes')}
      onChange={(next) => {
        const ok = typeof next === 'number' && Number.isInteger(next) && next >= 0 && next <= MAX_PLANNED_MINUTES;
        setText(ok ? null : next);
        if (ok) updateAgendaItem(editor, item.id, { plannedMinutes: next });
      }}
      onBlur={() => editor.seal()}
    />
  );
}

interface RowProps {
  editor: Editor;
  item: AgendaItem;
  index: number;
  count: number;
  slot: ScheduledItem | undefined;
  language: Language;
  readOnly: boolean;
}

function AgendaRow({ editor, item, index, count, slot, language, readOnly }: RowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: item.id, disabled: readOnly });
  const style = { transform: CSS.Transform.toString(transform), transition };
  // Alt+Arrow moves the row while any of its fields has focus.
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly || !event.altKey) return;
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      moveAgendaItem(editor, item.id, index - 1);
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      moveAgendaItem(editor, item.id, index + 1);
    }
  };
  return (
    <li ref={setNodeRef} style={style} className={`agenda-row kind-${item.kind}`} data-testid="agenda-row" onKeyDown={onKeyDown}>
      <Group wrap="nowrap" gap="xs" align="flex-start">
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('agenda.dragHandle')}
          className="drag-handle"
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={18} />
        </ActionIcon>
        <ClockRange slot={slot} language={language} />
        <NativeSelect
          aria-label={t('agenda.kind.item')}
          w={110}
          value={item.kind}
          disabled={readOnly}
          data={AgendaItemKind.options.map((kind) => ({ value: kind, label: t(`agenda.kind.${kind}`) }))}
          onChange={(e) => updateAgendaItem(editor, item.id, { kind: AgendaItemKind.parse(e.currentTarget.value) })}
        />
        <TextInput
          style={{ flex: 1 }}
          aria-label={t('agenda.itemTitle')}
          placeholder={t('agenda.itemTitlePlaceholder')}
          value={item.title}
          readOnly={readOnly}
          onChange={(e) => updateAgendaItem(editor, item.id, { title: e.currentTarget.value })}
          onBlur={() => editor.seal()}
        />
        <MinutesInput editor={editor} item={item} readOnly={readOnly} />
        {!readOnly && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('agenda.moveUp')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('agenda.moveUp')} disabled={index === 0} onClick={() => moveAgendaItem(editor, item.id, index - 1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('agenda.moveDown')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('agenda.moveDown')}
                disabled={index === count - 1}
                onClick={() => moveAgendaItem(editor, item.id, index + 1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('agenda.delete')}>
              <ActionIcon variant="subtle" color="red" aria-label={t('agenda.delete')} onClick={() => deleteAgendaItem(editor, item.id)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    </li>
  );
}

function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

export function AgendaEditor({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const items = useEditorState(editor, (s) => s.history.present.agenda.items);
  const startTime = useEditorState(editor, (s) => s.history.present.header.startTime);
  const readOnly = editor.origin.readOnly;
  const schedule = computeSchedule(startTime, items);
  const totalMinutes = items.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveAgendaItem(editor, String(active.id), items.findIndex((item) => item.id === over.id));
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="agenda-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="agenda-heading">
          {t('agenda.heading')}
        </Title>
        <Group gap="md">
          <Text c="dimmed" size="sm" data-testid="agenda-total">
            {t('agenda.total', { duration: formatDuration(totalMinutes) })}
          </Text>
          {schedule ? (
            <Text fw={600} data-testid="planned-end">
              {t('agenda.plannedEnd', { time: formatClock(schedule.end, language) })}
            </Text>
          ) : (
            <Text c="dimmed" size="sm">
              {t('agenda.noStartTime')}
            </Text>
          )}
        </Group>
      </Group>
      {items.length === 0 && <Text c="dimmed">{t('agenda.empty')}</Text>}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <Stack component="ol" gap="xs" className="agenda-list">
            {items.map((item, index) => (
              <AgendaRow
                key={item.id}
                editor={editor}
                item={item}
                index={index}
                count={items.length}
                slot={schedule?.items[index]}
                language={language}
                readOnly={readOnly}
              />
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      {!readOnly && (
        <Button mt="md" variant="light" leftSection={<IconPlus size={18} />} onClick={() => addAgendaItem(editor)}>
          {t('agenda.addItem')}
        </Button>
      )}
    </Card>
  );
}
