import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspaceState } from '../app/context';
import { ActionForm } from './ActionForm';
import { useQuickAdd } from './stores';

/** "Add action" from anywhere in an open workshop (its shortcut works on every tab). */
export function AddActionDialog() {
  const { t } = useTranslation();
  const editor = useWorkspaceState((s) => s.editor);
  const { open, setOpen } = useQuickAdd();
  if (!editor) return null;
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title={<Text fw={700}>{t('record.quickAdd.title')}</Text>} size="xl" centered>
      {open && <ActionForm editor={editor} autoFocus compact onAdded={() => setOpen(false)} />}
      <Text size="xs" c="dimmed" mt="sm">
        {t('record.quickAdd.hint')}
      </Text>
    </Modal>
  );
}
