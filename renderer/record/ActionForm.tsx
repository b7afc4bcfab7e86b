import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addAction } from '../editor/recordCommands';
import { useEditorState, useWorkspaceState } from '../app/context';
import { runningAgendaItemId } from '../../shared/record/runningItem';
import { originFromValue, originOptions, originValue } from './origins';
import { DateField } from '../app/fields/DateField';
import { LIMITS } from '../app/fields/limits';
import { LimitedAutocomplete, LimitedTextInput } from '../app/fields/textLimit';

/** What, owner, due date and origin of a new action: in the Actions panel and in the "add action" dialog. */
export function ActionForm({
  editor,
  autoFocus = false,
  defaultOrigin,
  onAdded,
  compact = false,
}: {
  editor: Editor;
  autoFocus?: boolean;
  /** Without one, an action added while the agenda runs comes from the item running now. */
  defaultOrigin?: string | null;
  onAdded?: () => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const doc = useEditorState(editor, (s) => s.history.present);
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const running = runningAgendaItemId(doc);
  const startingOrigin = () => (defaultOrigin !== undefined ? defaultOrigin : running ? originValue({ kind: 'agendaItem', agendaItemId: running }) : null);
  const [origin, setOrigin] = useState<string | null>(startingOrigin);
  const options = originOptions(doc, t);
  const submit = () => {
    if (what.trim() === '') return;
    addAction(editor, { what: what.trim(), owner: owner.trim(), dueDate: due || null, origin: originFromValue(origin) });
    setWhat('');
    setOwner('');
    setDue('');
    // The next action starts from scratch, its origin too (the item running now, if any).
    setOrigin(startingOrigin());
    onAdded?.();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="action-form"
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <LimitedTextInput limit={LIMITS.action.what}
          label={t('record.actions.what')}
          placeholder={t('record.actions.whatPlaceholder')}
          value={what}
          onChange={(e) => setWhat(e.currentTarget.value)}
          style={{ flex: 3, minWidth: compact ? '100%' : 260 }}
          data-autofocus={autoFocus || undefined}
          autoFocus={autoFocus}
          name="what"
        />
        <LimitedAutocomplete limit={LIMITS.action.owner}
          label={t('record.actions.owner')}
          placeholder={t('record.actions.ownerPlaceholder')}
          data={[...new Set(doc.participants.map((p) => p.name).filter(Boolean))]}
          value={owner}
          onChange={setOwner}
          style={{ flex: 2, minWidth: 180 }}
          name="owner"
        />
        <DateField language={language} label={t('record.actions.due')} value={due || null} onChange={(value) => setDue(value ?? '')} w={160} name="due" />
        <Select
          label={t('record.actions.origin')}
          placeholder={t('record.actions.originNone')}
          data={options.map(({ value, label }) => ({ value, label }))}
          value={origin}
          onChange={setOrigin}
          clearable
          searchable
          style={{ flex: 2, minWidth: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit" leftSection={<IconPlus size={18} />} disabled={what.trim() === ''}>
          {t('record.actions.add')}
        </Button>
      </Group>
    </form>
  );
}
