import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconLayoutRows, IconSquare } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { addBoard, type BoardTemplate } from '../editor/board/boardCommands';
import { activeBoardId, canvasStateOf, showBoard } from '../editor/board/canvasState';
import { runCommand } from '../app/commands';
import { useWorkspace, useWorkspaceState } from '../app/context';
import { BoardCanvas } from './BoardCanvas';
import { BoardTabs } from './BoardTabs';
import { CanvasToolbar } from './CanvasToolbar';
import type { CanvasController, TextTarget } from './canvas/controller';
import { Minimap } from './Minimap';
import { BoardOutlinePanel } from './outline/BoardOutlinePanel';
import { Scrollbars } from './Scrollbars';
import { Palette } from './Palette';
import { ShortcutSheet } from './ShortcutSheet';
import { TextEditor } from './TextEditor';
import { useBoardNames } from './useBoardNames';
import { VsmOverlay, VsmPresented, VsmSidePanel, VsmUnderMap } from './vsm/VsmSidePanel';
import { VsmEmptyButtons } from './vsm/VsmTemplateItems';

const focusCanvas = () => (document.querySelector('[data-testid="board-canvas"]') as HTMLElement | null)?.focus();

/** The Boards view: tabs of boards, the palette, the toolbar, the board itself and presentation mode. */
export function CanvasView({ editor }: { editor: Editor }) {
  // One controller per open workshop (its session), so the view of each board survives switching tabs.
  const session = useWorkspaceState((s) => s.session);
  return session && session.editor === editor ? <BoardsView editor={editor} controller={session.canvas} /> : null;
}

function BoardsView({ editor, controller }: { editor: Editor; controller: CanvasController }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const boards = useBoardNames(editor);
  useStore(canvasStateOf(editor), (s) => s.activeBoardId);
  const active = activeBoardId(editor);
  const [editing, setEditing] = useState<TextTarget | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: boolean } | null>(null);
  const [sheet, setSheet] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const togglePresentation = useCallback(() => {
    setPresenting((on) => {
      controller.setPresenting(!on);
      return !on;
    });
  }, [controller]);

  useEffect(() => {
    controller.setCallbacks({
      editText: setEditing,
      notify: (key) => setMessage({ text: t(key) }),
      toggleShortcuts: () => setSheet((open) => !open),
      togglePresentation,
    });
  }, [controller, t, togglePresentation]);

  // Entering or leaving presentation changes the canvas's size: fit once it has settled.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (presenting) controller.zoomToFit(false);
      focusCanvas();
    }, 60);
    return () => clearTimeout(timer);
  }, [presenting, controller, active]);

  // Cut, copy and paste arrive as clipboard events (keys and the Edit menu alike).
  useEffect(() => {
    const ours = () => document.activeElement === document.querySelector('[data-testid="board-canvas"]');
    const copy = (e: ClipboardEvent) => {
      if (!ours()) return;
      const text = e.type === 'cut' ? controller.cut() : controller.copy();
      if (text === null) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    const paste = (e: ClipboardEvent) => {
      if (!ours()) return;
      e.preventDefault();
      controller.paste(e.clipboardData?.getData('text/plain') ?? '');
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', copy);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', copy);
      document.removeEventListener('paste', paste);
    };
  }, [controller]);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const add = (template: BoardTemplate) => {
    const name = template === 'processMap' ? t('canvas.boards.processMapName') : t('canvas.boards.untitled', { number: boards.length + 1 });
    showBoard(editor, addBoard(editor, name, template, [t('canvas.boards.laneOne'), t('canvas.boards.laneTwo'), t('canvas.boards.laneThree')]));
  };

  /** In presentation, arrows and page keys move between boards; Escape leaves. */
  const presentationKeys = (e: React.KeyboardEvent) => {
    if (!presenting) return;
    const index = boards.findIndex((b) => b.id === active);
    const go = (to: number) => {
      e.preventDefault();
      e.stopPropagation();
      const board = boards[Math.max(0, Math.min(boards.length - 1, to))];
      if (board) showBoard(editor, board.id);
    };
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      togglePresentation();
    }
  };

  if (boards.length === 0)
    return (
      <Stack align="center" gap="md" py={80} className="canvas-empty">
        <Title order={3}>{t('canvas.empty.title')}</Title>
        <Text c="dimmed" maw={420} ta="center">
          {t('canvas.empty.text')}
        </Text>
        {!editor.origin.readOnly && (
          <Group>
            <Button leftSection={<IconLayoutRows size={18} />} onClick={() => add('processMap')} data-testid="empty-add-process">
              {t('canvas.boards.processMap')}
            </Button>
            <Button variant="default" leftSection={<IconSquare size={18} />} onClick={() => add('blank')} data-testid="empty-add-blank">
              {t('canvas.boards.blank')}
            </Button>
            <VsmEmptyButtons editor={editor} />
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => runCommand(workspace, 'board.importDrawio')} data-testid="empty-import-drawio">
              {t('exchange.menu.importDrawio')}
            </Button>
          </Group>
        )}
      </Stack>
    );

  const boardIndex = boards.findIndex((b) => b.id === active);
  return (
    <div ref={root} className={`canvas-view${presenting ? ' presenting' : ''}`} onKeyDownCapture={presentationKeys} data-testid="canvas-view">
      {!presenting && (
        <BoardTabs
          editor={editor}
          onDeleted={(name) => setMessage({ text: t('canvas.boards.deleted', { name }), undo: true })}
        />
      )}
      <div className="canvas-body">
        {!presenting && <Palette controller={controller} disabled={editor.origin.readOnly} />}
        <div className="canvas-stage-wrap">
          {!presenting && <CanvasToolbar controller={controller} onShortcuts={() => setSheet(true)} onPresent={togglePresentation} outlineOpen={outlineOpen} onOutline={() => setOutlineOpen((on) => !on)} />}
          <div className="canvas-stage-area">
            <BoardCanvas controller={controller} />
            {!presenting && <VsmOverlay editor={editor} controller={controller} />}
            {editing && (
              <TextEditor
                key={JSON.stringify(editing)}
                controller={controller}
                target={editing}
                onMove={setEditing}
                onClose={() => {
                  setEditing(null);
                  focusCanvas();
                }}
              />
            )}
            {!presenting && <Minimap controller={controller} />}
            {!presenting && <Scrollbars controller={controller} />}
            {presenting && (
              <div className="presentation-caption">
                <span className="presentation-title" data-testid="presentation-title">{boards[boardIndex]?.name}</span>
                <span className="presentation-hint">
                  {t('canvas.presentation.position', { number: boardIndex + 1, total: boards.length })} · {t('canvas.presentation.hint')}
                </span>
                <Button size="xs" variant="white" onClick={togglePresentation}>
                  {t('canvas.presentation.exit')}
                </Button>
              </div>
            )}
            {message && (
              <Alert className="canvas-message" color={message.undo ? 'gray' : 'orange'} withCloseButton onClose={() => setMessage(null)} data-testid="canvas-message">
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm">{message.text}</Text>
                  {message.undo && (
                    <Button size="compact-xs" variant="light" onClick={() => { editor.undo(); setMessage(null); }}>
                      {t('canvas.boards.undo')}
                    </Button>
                  )}
                </Group>
              </Alert>
            )}
          </div>
          {presenting && <VsmPresented editor={editor} />}
        </div>
        {!presenting && outlineOpen && <BoardOutlinePanel controller={controller} onClose={() => setOutlineOpen(false)} />}
        {!presenting && <VsmSidePanel editor={editor} />}
      </div>
      {/* The ladder spans the whole view, under the side panel too: a four-step map fits at 1280 pixels. */}
      {!presenting && <VsmUnderMap editor={editor} />}
      <ShortcutSheet opened={sheet} onClose={() => { setSheet(false); focusCanvas(); }} />
    </div>
  );
}
