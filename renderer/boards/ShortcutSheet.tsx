import { Group, Kbd, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CanvasActionGroup } from '../../shared/canvasActions';
import { canvasActions, displayKey } from './canvas/actions/registry';

const groups: CanvasActionGroup[] = ['tools', 'shapes', 'edit', 'arrange', 'view'];

/** Every canvas shortcut, generated from the same list the key handler uses. */
export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={3}>{t('canvas.shortcutsTitle')}</Title>} size="xl" data-testid="shortcut-sheet">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {groups.map((group) => {
          // Bindings with the same description (the four nudges) share one row.
          const rows = new Map<string, string[]>();
          for (const b of canvasActions.filter((x) => x.group === group && x.keys.length > 0)) rows.set(b.labelKey, [...(rows.get(b.labelKey) ?? []), ...b.keys]);
          return (
            <Stack key={group} gap={4}>
              <Text fw={700} size="sm" c="teal.8">
                {t(`canvas.keyGroups.${group}`)}
              </Text>
              <Table verticalSpacing={3} withRowBorders={false}>
                <Table.Tbody>
                  {[...rows].map(([labelKey, keys]) => (
                    <Table.Tr key={labelKey}>
                      <Table.Td>
                        <Text size="sm">{t(labelKey)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="wrap">
                          {keys.slice(0, 4).map((k) => (
                            <Kbd key={k} size="xs">
                              {displayKey(k)}
                            </Kbd>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        })}
      </SimpleGrid>
    </Modal>
  );
}
