import { Badge, Card, Group, Select, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUpDouble } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcuts } from '../../shared/commands';
import type { ActionItem, ActionStatus } from '../../shared/model/record';
import { listActions, ownersOf, type ActionListView } from '../../shared/record/actionList';
import { daysOverdue, isDueToday, isOverdue } from '../../shared/record/overdue';
import type { Editor } from '../editor/editor';
import { deleteAction, updateAction } from '../editor/recordCommands';
import { useEditorState, useWorkspaceState } from '../app/context';
import { ActionForm } from './ActionForm';
import { useFormat, useToday } from './hooks';
import { originFromValue, originOptions, originValue, type OriginOption } from './origins';
import { DateField } from '../app/fields/DateField';
import { DeleteButton } from './DeleteButton';
import { LIMITS } from '../app/fields/limits';
import { LimitedAutocomplete, LimitedTextarea } from '../app/fields/textLimit';

const statuses: ActionStatus[] = ['notStarted', 'inProgress', 'done'];
const statusColour: Record<ActionStatus, string> = { notStarted: 'gray', inProgress: 'blue', done: 'teal' };

/** The add-action shortcut as the user types it, e.g. "Ctrl+Shift+A" or "⌘⇧A". */
export function addActionShortcutLabel(): string {
  const accelerator = shortcuts['record.addAction'].accelerator ?? '';
  const mac = /Mac/i.test(navigator.platform);
  return mac ? accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧') : accelerator.replace('CmdOrCtrl', 'Ctrl');
}

function ActionRow({
  editor,
  action,
  today,
  owners,
  options,
}: {
  editor: Editor;
  action: ActionItem;
  today: string;
  owners: string[];
  options: OriginOption[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useWorkspaceState((s) => s.language);
  const overdue = isOverdue(action, today);
  const dueToday = isDueToday(action, today);
  const seal = () => editor.seal();
  return (
    <Table.Tr data-testid="action-row" data-overdue={overdue || undefined} className={overdue ? 'action-overdue' : action.status === 'done' ? 'action-done' : undefined}>
      <Table.Td w={178}>
        <Select
          size="sm"
          aria-label={t('record.actions.status')}
          data={statuses.map((s) => ({ value: s, label: t(`record.actions.statuses.${s}`) }))}
          value={action.status}
          allowDeselect={false}
          onChange={(value) => value && updateAction(editor, action.id, { status: value as ActionStatus })}
          leftSection={<span className={`status-dot status-${action.status}`} />}
          styles={{ input: { fontWeight: 600, color: `var(--mantine-color-${statusColour[action.status]}-8)` } }}
        />
      </Table.Td>
      <Table.Td>
        <LimitedTextarea limit={LIMITS.action.what}
          variant="unstyled"
          autosize
          minRows={1}
          aria-label={t('record.actions.what')}
          value={action.what}
          onChange={(e) => updateAction(editor, action.id, { what: e.currentTarget.value })}
          onBlur={seal}
          className="inline-edit"
          styles={{ input: { fontWeight: 500, textDecoration: action.status === 'done' ? 'line-through' : undefined } }}
        />
        <Group gap={6} mt={2}>
          {overdue && (
            <Badge color="red" variant="filled" tt="none" leftSection={<IconAlertTriangle size={12} />} data-testid="overdue-badge">
              {t('record.actions.overdueBy', { count: daysOverdue(action, today) })}
            </Badge>
          )}
          {dueToday && (
            <Badge color="orange" variant="light" tt="none">
              {t('record.actions.dueToday')}
            </Badge>
          )}
          {action.carriedFrom && (
            <Badge color="grape" variant="light" tt="none" leftSection={<IconArrowBackUpDouble size={12} />}>
              {t('record.actions.carried')}
            </Badge>
          )}
          <Select
            size="xs"
            variant="unstyled"
            aria-label={t('record.actions.origin')}
            placeholder={t('record.actions.originNone')}
            data={options.map(({ value, label }) => ({ value, label }))}
            value={originValue(action.origin) || null}
            onChange={(value) => updateAction(editor, action.id, { origin: originFromValue(value) })}
            clearable
            w={340}
            styles={{ input: { color: 'var(--mantine-color-dimmed)' } }}
          />
        </Group>
      </Table.Td>
      <Table.Td w={190}>
        <LimitedAutocomplete limit={LIMITS.action.owner}
          size="sm"
          aria-label={t('record.actions.owner')}
          placeholder={t('record.actions.noOwner')}
          data={owners}
          value={action.owner}
          onChange={(value) => updateAction(editor, action.id, { owner: value })}
          onBlur={seal}
        />
      </Table.Td>
      <Table.Td w={160}>
        <DateField
          language={language}
          size="sm"
          aria-label={t('record.actions.due')}
          title={action.dueDate ? format.date(action.dueDate) : t('record.actions.noDue')}
          value={action.dueDate}
          onChange={(value) => updateAction(editor, action.id, { dueDate: value })}
          error={overdue}
        />
      </Table.Td>
      <Table.Td w={44}>
        <DeleteButton label={t('record.actions.delete')} onClick={() => deleteAction(editor, action.id)} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ActionsPanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const today = useToday();
  const doc = useEditorState(editor, (s) => s.history.present);
  const [view, setView] = useState<ActionListView>({ owner: null, status: 'all', sort: 'due' });
  const owners = ownersOf(doc.actions);
  const participantNames = [...new Set([...doc.participants.map((p) => p.name).filter(Boolean), ...owners])];
  const shown = listActions(doc.actions, view);
  const options = originOptions(doc, t);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="actions-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="actions-heading">
          {t('record.actions.heading')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Select
            size="sm"
            aria-label={t('record.actions.owner')}
            data={[{ value: '', label: t('record.actions.allOwners') }, ...owners.map((o) => ({ value: o, label: o }))]}
            value={view.owner ?? ''}
            onChange={(value) => setView({ ...view, owner: value ? value : null })}
            allowDeselect={false}
            w={180}
            data-testid="filter-owner"
          />
          <Select
            size="sm"
            aria-label={t('record.actions.status')}
            data={[
              { value: 'all', label: t('record.actions.allStatuses') },
              { value: 'open', label: t('record.actions.openStatuses') },
              ...statuses.map((s) => ({ value: s, label: t(`record.actions.statuses.${s}`) })),
            ]}
            value={view.status}
            onChange={(value) => value && setView({ ...view, status: value as ActionListView['status'] })}
            allowDeselect={false}
            w={160}
            data-testid="filter-status"
          />
          <Text size="sm" c="dimmed">
            {t('record.actions.sortBy')}
          </Text>
          <SegmentedControl
            size="sm"
            aria-label={t('record.actions.sortBy')}
            value={view.sort}
            onChange={(value) => setView({ ...view, sort: value as ActionListView['sort'] })}
            data={[
              { value: 'due', label: t('record.actions.sortDue') },
              { value: 'owner', label: t('record.actions.sortOwner') },
              { value: 'status', label: t('record.actions.sortStatus') },
            ]}
          />
        </Group>
      </Group>
      <Stack gap="md">
        {doc.actions.length === 0 ? (
          <Text c="dimmed">{t('record.actions.empty', { shortcut: addActionShortcutLabel() })}</Text>
        ) : shown.length === 0 ? (
          <Text c="dimmed">{t('record.actions.noneMatch')}</Text>
        ) : (
          <Table verticalSpacing={6} className="action-table">
            <Table.Tbody>
              {shown.map((action) => (
                <ActionRow key={action.id} editor={editor} action={action} today={today} owners={participantNames} options={options} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {doc.actions.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('record.actions.count', { shown: shown.length, total: doc.actions.length })}
          </Text>
        )}
        <ActionForm editor={editor} />
      </Stack>
    </Card>
  );
}
