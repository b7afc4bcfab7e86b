import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AppCommandId, commandLabelKey, shortcuts } from '../../shared/commands';
import { shortcutSheet } from './shortcutSheet';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** "$mod+Shift+KeyS" → ["Ctrl", "Shift", "S"]; arrows and names as on the keycaps. */
function keycaps(keys: string): string[] {
  const names: Record<string, string> = {
    $mod: isMac ? '⌘' : 'Ctrl',
    ArrowRight: '→',
    ArrowLeft: '←',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Comma: ',',
    Slash: '/',
    Space: 'Space',
    PageDown: 'Page Down',
    PageUp: 'Page Up',
  };
  return keys.split('+').map((part) => names[part] ?? part.replace(/^Key/, '').replace(/^Digit/, ''));
}

/** Every command's shortcut, read from shared/commands.ts, so the sheet cannot disagree with the keys. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const open = useStore(shortcutSheet, (s) => s.open);
  const rows = AppCommandId.options.filter((id) => shortcuts[id].keys.length > 0);
  return (
    <Modal opened={open} onClose={() => shortcutSheet.setState({ open: false })} title={<Text fw={700}>{t('run.shortcuts.heading')}</Text>} size="lg" centered>
      <Table striped verticalSpacing={6} data-testid="shortcut-sheet">
        <Table.Tbody>
          {rows.map((id) => {
            const labelKey = commandLabelKey(id);
            return (
              <Table.Tr key={id}>
                <Table.Td>{labelKey ? t(labelKey) : id}</Table.Td>
                <Table.Td ta="right">
                  {shortcuts[id].keys.map((keys, index) => (
                    <span key={keys}>
                      {index > 0 && <Text span c="dimmed"> / </Text>}
                      {keycaps(keys).map((cap, capIndex) => (
                        <span key={capIndex}>
                          {capIndex > 0 && ' + '}
                          <Kbd>{cap}</Kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text c="dimmed" size="sm" mt="sm">
        {t('run.shortcuts.runOnly')}
      </Text>
    </Modal>
  );
}
