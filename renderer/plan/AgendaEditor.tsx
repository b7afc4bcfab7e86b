import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Alert, Button, Card, Group, NativeSelect, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconGripVertical, IconNotes, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planVsActual, type ItemActual } from '../../shared/agenda/progress';
import { computeSchedule, scheduleWarnings, type ScheduledItem } from '../../shared/agenda/schedule';
import { formatClock } from '../../shared/i18n/format';
import { maxLengthOf, numberRulesOf } from '../../shared/model/limits';
import { AgendaItem, AgendaItemKind, type Participant } from '../../shared/model/workshop';
import { type Language } from '../../shared/model/language';
import type { Editor } from '../editor/editor';
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, setPlannedEnd, updateAgendaItem } from '../editor/workshopCommands';
import { AgendaTemplates } from './AgendaTemplates';
import { localMidnight } from '../run/useRunState';
import { useEditorState, useWorkspaceState } from '../app/context';
import { ClockTimeInput } from '../app/fields/ClockTimeInput';
import { ItemShowsSelect } from '../boards/meeting/ItemShowsSelect';
import { NumberField } from '../app/fields/NumberField';
import { LimitedAutocomplete, LimitedTextarea, LimitedTextInput } from '../app/fields/textLimit';

const TITLE_LIMIT = maxLengthOf(AgendaItem.shape.title);
const OWNER_LIMIT = maxLengthOf(AgendaItem.shape.owner);
const NOTES_LIMIT = maxLengthOf(AgendaItem.shape.notes);

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

const MINUTES_RULES = numberRulesOf(AgendaItem.shape.plannedMinutes);

/** Planned minutes in the language's format; "2,5" and "-10" are refused with a message, never read as 25 or 10. */
function MinutesInput({ editor, item, readOnly, language }: { editor: Editor; item: AgendaItem; readOnly: boolean; language: Language }) {
  const { t } = useTranslation();
  return (
    <NumberField
      aria-label={t('agenda.plannedMinutes')}
      className="minutes-input"
      w={96}
      value={item.plannedMinutes}
      language={language}
      rules={MINUTES_RULES}
      readOnly={readOnly}
      rightSection={<Text size="xs" c="dimmed">min</Text>}
      onValue={(plannedMinutes) => updateAgendaItem(editor, item.id, { plannedMinutes })}
      onBlur={() => editor.seal()}
    />
  );
}

/** Local clock time of an instant, as the agenda shows clock times. */
function localClock(at: number, language: Language): string {
  return formatClock(Math.floor((at - localMidnight(at)) / 60_000), language);
}

function signedMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} min`;
}

/** What really happened to an item, beside the plan: actual start–end, length and deviation. */
function ActualLine({ actual, language }: { actual: ItemActual; language: Language }) {
  const { t } = useTranslation();
  if (actual.actualStart === null)
    return (
      <Text size="sm" c="dimmed" className="agenda-actual" data-testid="actual">
        {t('run.plan.actual')}: {t('run.plan.notRun')}
      </Text>
    );
  // An item running now has no deviation yet: "running · 2 min", as in the PDF.
  const deviation = actual.deviationMinutes;
  return (
    <Text size="sm" className="agenda-actual" data-testid="actual">
      <Text span c="dimmed">
        {t('run.plan.actual')}:{' '}
      </Text>
      <span data-testid="actual-range">
        {localClock(actual.actualStart, language)}–{actual.actualEnd === null ? t('run.plan.running') : localClock(actual.actualEnd, language)}
      </span>{' '}
      · {Math.round(actual.actualMinutes)} min
      {deviation !== null && (
        <>
          {' · '}
          <Text span fw={600} c={deviation >= 1 ? 'orange.8' : deviation <= -1 ? 'teal.8' : undefined} data-testid="actual-deviation">
            {signedMinutes(deviation)}
          </Text>
        </>
      )}
      {actual.extensionMinutes !== 0 && (
        <Text span c="dimmed">
          {' '}
          ({t('run.plan.extended', { sign: actual.extensionMinutes > 0 ? '+' : '−', count: Math.abs(actual.extensionMinutes) })})
        </Text>
      )}
    </Text>
  );
}

function OwnerInput({ editor, item, participants, readOnly }: { editor: Editor; item: AgendaItem; participants: Participant[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const names = [...new Set(participants.map((p) => p.name).filter((name) => name.trim() !== ''))];
  return (
    <LimitedAutocomplete
      aria-label={t('run.plan.owner')}
      placeholder={t('run.plan.ownerPlaceholder')}
      w={170}
      data={names}
      value={item.owner}
      readOnly={readOnly}
      limit={OWNER_LIMIT}
      onChange={(owner) => {
        const participant = participants.find((p) => p.name === owner);
        updateAgendaItem(editor, item.id, { owner, ownerParticipantId: participant?.id ?? null });
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
  participants: Participant[];
  actual: ItemActual | undefined;
  /** Added by the user just now: its title takes the focus when it appears. */
  justAdded: boolean;
}

function AgendaRow({ editor, item, index, count, slot, language, readOnly, participants, actual, justAdded }: RowProps) {
  const { t } = useTranslation();
  const [notesOpen, setNotesOpen] = useState(false);
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
        <LimitedTextInput
          style={{ flex: 1 }}
          limit={TITLE_LIMIT}
          aria-label={t('agenda.itemTitle')}
          placeholder={t('agenda.itemTitlePlaceholder')}
          value={item.title}
          readOnly={readOnly}
          onChange={(e) => updateAgendaItem(editor, item.id, { title: e.currentTarget.value })}
          onBlur={() => editor.seal()}
          // A row just added mounts with the caret in its title, ready to be named.
          autoFocus={justAdded}
        />
        <OwnerInput editor={editor} item={item} participants={participants} readOnly={readOnly} />
        <Tooltip label={t('run.plan.pinHint')}>
          <ClockTimeInput
            aria-label={t('run.plan.pinnedStart')}
            w={112}
            value={item.pinnedStart}
            readOnly={readOnly}
            onChange={(value) => updateAgendaItem(editor, item.id, { pinnedStart: value })}
            onBlur={() => editor.seal()}
          />
        </Tooltip>
        <MinutesInput editor={editor} item={item} readOnly={readOnly} language={language} />
        <Tooltip label={t('run.plan.notes')}>
          <ActionIcon
            variant={item.notes ? 'light' : 'subtle'}
            color={item.notes ? 'teal' : 'gray'}
            mt={4}
            aria-label={t('run.plan.notes')}
            aria-expanded={notesOpen}
            onClick={() => setNotesOpen((open) => !open)}
          >
            <IconNotes size={16} />
          </ActionIcon>
        </Tooltip>
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
      {(slot?.gapBefore !== undefined || actual) && (
        <Group gap="md" pl={36} mt={2}>
          {slot?.gapBefore !== undefined && (
            <Text size="xs" c="dimmed" data-testid="gap-before">
              {t('run.plan.gapBefore', { minutes: slot.gapBefore })}
            </Text>
          )}
          {actual && <ActualLine actual={actual} language={language} />}
        </Group>
      )}
      {notesOpen && (
        <LimitedTextarea
          mt="xs"
          ml={36}
          aria-label={t('run.plan.notes')}
          placeholder={t('run.plan.notesPlaceholder')}
          autosize
          minRows={2}
          maxRows={10}
          limit={NOTES_LIMIT}
          value={item.notes}
          readOnly={readOnly}
          onChange={(e) => updateAgendaItem(editor, item.id, { notes: e.currentTarget.value })}
          onBlur={() => editor.seal()}
        />
      )}
      {notesOpen && (
        <ItemShowsSelect editor={editor} item={item} readOnly={readOnly} />
      )}
    </li>
  );
}

/** The last moment in the log: planned vs actual of a running item is shown as of its last action. */
function latestLogged(run: { startedAt: string | null; finishedAt: string | null; visits: { startedAt: string; endedAt: string | null }[] }): number {
  const stamps = [run.startedAt, run.finishedAt, ...run.visits.flatMap((v) => [v.startedAt, v.endedAt])].filter((s): s is string => s !== null);
  return Math.max(...stamps.map(Date.parse), Date.now());
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
  const plannedEnd = useEditorState(editor, (s) => s.history.present.agenda.plannedEnd);
  const participants = useEditorState(editor, (s) => s.history.present.participants);
  const run = useEditorState(editor, (s) => s.history.present.run);
  const readOnly = editor.origin.readOnly;
  const [added, setAdded] = useState<string | null>(null);
  const schedule = computeSchedule(startTime, items);
  const warnings = scheduleWarnings(schedule, plannedEnd);
  // Planned vs actual once the workshop has run; recomputed when the log changes (Plan is not a live clock).
  const actuals = run.startedAt === null ? null : planVsActual(run, items, latestLogged(run));
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
          <AgendaTemplates editor={editor} itemCount={items.length} />
          <ClockTimeInput
            size="xs"
            label={t('run.plan.plannedEnd')}
            w={120}
            value={plannedEnd}
            readOnly={readOnly}
            onChange={(value) => setPlannedEnd(editor, value)}
            onBlur={() => editor.seal()}
          />
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
      {warnings.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle />} mb="md" data-testid="agenda-warnings">
          <Stack gap={2}>
            {warnings.map((warning) =>
              warning.kind === 'pinMissed' ? (
                <Text size="sm" key={warning.itemId}>
                  {t('run.plan.pinMissed', {
                    title: items.find((item) => item.id === warning.itemId)?.title || t('run.untitledItem'),
                    pinned: formatClock(warning.pinned, language),
                    start: formatClock(warning.start, language),
                  })}
                </Text>
              ) : (
                <Text size="sm" key="overrunsEnd">
                  {t('run.plan.overrunsEnd', { end: formatClock(warning.end, language), plannedEnd: formatClock(warning.plannedEnd, language) })}
                </Text>
              ),
            )}
          </Stack>
        </Alert>
      )}
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
                participants={participants}
                actual={actuals?.items[index]}
                justAdded={item.id === added}
              />
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      {actuals && (
        <Text mt="sm" size="sm" data-testid="actual-total">
          {t('run.plan.totalActual', {
            actual: formatDuration(Math.round(actuals.actualMinutes)),
            planned: formatDuration(actuals.plannedMinutes),
            deviation: signedMinutes(actuals.deviationMinutes),
            paused: formatDuration(Math.round(actuals.pausedMinutes)),
          })}
        </Text>
      )}
      {!readOnly && (
        <Button mt="md" variant="light" leftSection={<IconPlus size={18} />} onClick={() => setAdded(addAgendaItem(editor))}>
          {t('agenda.addItem')}
        </Button>
      )}
    </Card>
  );
}
