import { ActionIcon, Menu, Text } from '@mantine/core';
import { IconMenu2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isCommandEnabled, runCommand } from './commands';
import { acceleratorLabel, hasNativeMenu, inAppMenu, type InAppEntry } from '../../shared/inAppMenu';
import { useWorkspace, useWorkspaceState } from './context';
import type { Workspace } from './workspace';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen();
}

function Entries({ entries, workspace }: { entries: InAppEntry[]; workspace: Workspace }) {
  return entries.map((entry, i) => {
    switch (entry.type) {
      case 'separator':
        return <Menu.Divider key={i} />;
      case 'fullscreen':
        return (
          <Menu.Item key={i} onClick={toggleFullScreen} rightSection={<Text size="xs" c="dimmed">F11</Text>}>
            {entry.label}
          </Menu.Item>
        );
      case 'submenu':
        return (
          <Menu.Sub key={i}>
            <Menu.Sub.Target>
              <Menu.Sub.Item>{entry.label}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown>
              <Entries entries={entry.entries} workspace={workspace} />
            </Menu.Sub.Dropdown>
          </Menu.Sub>
        );
      case 'command':
        return (
          <Menu.Item
            key={i}
            disabled={!isCommandEnabled(workspace, entry.command)}
            onClick={() => runCommand(workspace, entry.command)}
            rightSection={entry.accelerator && <Text size="xs" c="dimmed">{acceleratorLabel(entry.accelerator, mac)}</Text>}
            data-command={entry.command}
          >
            {entry.label}
          </Menu.Item>
        );
    }
  });
}

/**
 * The app's menu in the top bar of a host without a native menu bar (the Chromium host), so
 * Export agenda…, Export board… and the canvas's commands are reachable there too. Its sections
 * open as submenus of one button, which fits a 1280-pixel projector's bar.
 */
export function AppMenu() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const info = useWorkspaceState((s) => s.info);
  if (info === null || hasNativeMenu(info)) return null;
  return (
    <Menu position="bottom-start" shadow="md" width={300} trigger="click">
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('appMenu.open')} data-testid="app-menu">
          <IconMenu2 size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {inAppMenu(t).map((section) => (
          <Menu.Sub key={section.label}>
            <Menu.Sub.Target>
              <Menu.Sub.Item>{section.label}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown miw={300}>
              <Entries entries={section.entries} workspace={workspace} />
            </Menu.Sub.Dropdown>
          </Menu.Sub>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
