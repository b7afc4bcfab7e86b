import { AppMenu } from './AppMenu';
import { ActionIcon, Alert, Box, Button, Container, Group, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { IconArrowBackUp, IconArrowForwardUp, IconDeviceFloppy, IconFileArrowRight, IconLock, IconSettings, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../shared/commands';
import type { Editor } from '../editor/editor';
import { headOf } from '../editor/history';
import { runCommand } from './commands';
import { useEditorState, useWorkspace } from './context';
import { workshopViews } from './workshopViews';
import { ProjectorPublisher } from '../run/ProjectorPublisher';
import { RoomLink } from '../room/RoomLink';
import { PanelBoundary } from './PanelBoundary';

/** "● Unsaved": re-renders when the document becomes dirty or clean, and only then. */
function UnsavedMarker({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const dirty = useEditorState(editor, (s) => s.unsavedIgnored || headOf(s.history) !== s.savedHead);
  if (!dirty) return null;
  return (
    <Text size="sm" c="orange.8" data-testid="unsaved-marker" aria-label={t('workshop.unsavedMarker')}>
      ● {t('workshop.unsavedMarker')}
    </Text>
  );
}

/** Undo and redo: re-render when either becomes possible or impossible. */
function UndoRedo({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  useEditorState(editor, (s) => (s.history.past.length > 0 ? 1 : 0) + (s.history.future.length > 0 ? 2 : 0));
  return (
    <>
      <Tooltip label={t('actions.undo')}>
        <ActionIcon variant="default" size="lg" aria-label={t('actions.undo')} disabled={!editor.canUndo} onClick={() => runCommand(workspace, 'edit.undo')}>
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('actions.redo')}>
        <ActionIcon variant="default" size="lg" aria-label={t('actions.redo')} disabled={!editor.canRedo} onClick={() => runCommand(workspace, 'edit.redo')}>
          <IconArrowForwardUp size={18} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/**
 * The bar above the workshop. Its parts that follow the document (the unsaved marker, undo and
 * redo, the name) subscribe on their own, so the first change after opening or saving re-renders
 * a marker and two buttons, not the whole bar (on a 10,000-shape map that change is a move that
 * should be on screen at the next frame).
 */
function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const fileName = useEditorState(editor, (s) => s.origin.fileName);
  const title = useEditorState(editor, (s) => s.history.present.header.title);
  const readOnly = editor.origin.readOnly;
  const run = (id: CommandId) => () => runCommand(workspace, id);
  return (
    <Box component="header" className="toolbar">
      <Group justify="space-between" wrap="nowrap" px="md" h="100%">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <AppMenu />
          <Text fw={800} c="teal.8">
            {t('app.name')}
          </Text>
          <Text c="dimmed">/</Text>
          {/* Keeps room for the start of the name when the window is narrow (200 % zoom at 1366×768:
              683 px), where the buttons on the right fold to icons; the whole name on hover. */}
          <Text fw={600} truncate data-testid="document-name" miw="7rem" title={fileName ?? (title || t('workshop.untitled'))}>
            {fileName ?? (title || t('workshop.untitled'))}
          </Text>
          <UnsavedMarker editor={editor} />
          {readOnly && <IconLock size={16} aria-label={t('workshop.readOnlyTitle')} />}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <UndoRedo editor={editor} />
          <Button leftSection={<IconDeviceFloppy size={18} />} disabled={readOnly} onClick={run('workshop.save')}>
            {t('actions.save')}
          </Button>
          <FoldingButton label={t('actions.saveAs')} icon={<IconFileArrowRight size={18} />} variant="default" disabled={readOnly} onClick={run('workshop.saveAs')} />
          <Tooltip label={t('actions.settings')}>
            <ActionIcon variant="default" size="lg" aria-label={t('actions.settings')} onClick={run('app.settings')}>
              <IconSettings size={18} />
            </ActionIcon>
          </Tooltip>
          <FoldingButton label={t('actions.close')} icon={<IconX size={18} />} variant="subtle" color="gray" iconInButton onClick={run('workshop.close')} />
        </Group>
      </Group>
    </Box>
  );
}

/**
 * A top-bar button that shows its words where there is room and folds to its icon (named, with a
 * tooltip) in a narrow window, so the workshop's name keeps its place beside them.
 */
function FoldingButton({ label, icon, variant, color, disabled, iconInButton, onClick }: { label: string; icon: ReactNode; variant: 'default' | 'subtle'; color?: string; disabled?: boolean; iconInButton?: boolean; onClick: () => void }) {
  return (
    <>
      <Button visibleFrom="md" variant={variant} color={color} disabled={disabled} leftSection={iconInButton ? icon : undefined} onClick={onClick}>
        {label}
      </Button>
      <Tooltip label={label}>
        <ActionIcon hiddenFrom="md" variant={variant} color={color} size="lg" aria-label={label} disabled={disabled} onClick={onClick}>
          {icon}
        </ActionIcon>
      </Tooltip>
    </>
  );
}

export function WorkshopScreen({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const fileVersion = editor.origin.fileVersion;
  // A board meeting opens on its boards: the coordinator opens the team's file to update the goal board.
  const [view, setView] = useState(() => (editor.document.teamBoards ? 'boards' : (workshopViews[0]?.id ?? 'plan')));
  return (
    <div className="workshop-screen">
      <Toolbar editor={editor} />
      <ProjectorPublisher editor={editor} />
      <RoomLink editor={editor} />
      <Container size="lg" py="lg" component="main">
        <Stack gap="lg">
          {editor.origin.readOnly && (
            <Alert color="yellow" icon={<IconLock />} title={t('workshop.readOnlyTitle')} data-testid="read-only-banner">
              {t('workshop.readOnlyNewer', { version: fileVersion ?? '?' })}
            </Alert>
          )}
          <Tabs value={view} onChange={(next) => next && setView(next)} keepMounted={false}>
            <Tabs.List mb="lg">
              {workshopViews.map(({ id, labelKey }) => (
                <Tabs.Tab key={id} value={id} fz="md">
                  {t(labelKey)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {workshopViews.map(({ id, labelKey, Component }) => (
              <Tabs.Panel key={id} value={id}>
                <PanelBoundary name={t(labelKey)}>
                  <Component editor={editor} />
                </PanelBoundary>
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      </Container>
    </div>
  );
}
