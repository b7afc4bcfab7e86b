import { ActionIcon, Button, Group, Menu, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconChevronDown, IconCopy, IconFileExport, IconFileImport, IconLayoutRows, IconPencil, IconPlus, IconSquare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { addBoard, deleteBoard, duplicateBoard, moveBoard, renameBoard, type BoardTemplate } from '../editor/board/boardCommands';
import { activeBoardId, canvasStateOf, showBoard } from '../editor/board/canvasState';
import { runCommand } from '../app/commands';
import { useWorkspace } from '../app/context';
import { useBoardNames } from './useBoardNames';
import { VsmTemplateItems } from './vsm/VsmTemplateItems';
import { LIMITS } from '../app/fields/limits';
import { LimitedTextInput } from '../app/fields/textLimit';

/** The boards of the workshop as tabs: add, rename (double-click), duplicate, reorder, delete. */
export function BoardTabs({ editor, onDeleted }: { editor: Editor; onDeleted: (name: string) => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const boards = useBoardNames(editor);
  useStore(canvasStateOf(editor), (s) => s.activeBoardId);
  const active = activeBoardId(editor);
  const [renaming, setRenaming] = useState<string | null>(null);
  const readOnly = editor.origin.readOnly;
  const activeIndex = boards.findIndex((board) => board.id === active);

  const add = (template: BoardTemplate) => {
    const name = template === 'processMap' ? t('canvas.boards.processMapName') : t('canvas.boards.untitled', { number: boards.length + 1 });
    const lanes = [t('canvas.boards.laneOne'), t('canvas.boards.laneTwo'), t('canvas.boards.laneThree')];
    showBoard(editor, addBoard(editor, name, template, lanes));
  };

  return (
    <Group gap={4} className="board-tabs" wrap="nowrap">
      {/* The tablist holds the tabs only (ARIA); the active board's menu button comes after it. */}
      <Group gap={4} wrap="nowrap" role="tablist" aria-label={t('canvas.tab')}>
      {boards.map((board, i) => {
        const isActive = board.id === active;
        if (renaming === board.id)
          return (
            <BoardNameInput
              key={board.id}
              name={board.name}
              label={t('canvas.boards.nameLabel')}
              onDone={(name) => {
                if (name !== null && name !== board.name) renameBoard(editor, board.id, name);
                setRenaming(null);
              }}
            />
          );
        return (
          <Group key={board.id} gap={0} wrap="nowrap" className={`board-tab${isActive ? ' active' : ''}`} role="presentation">
            <UnstyledButton
              role="tab"
              aria-selected={isActive}
              className="board-tab-label"
              data-testid="board-tab"
              onClick={() => showBoard(editor, board.id)}
              onDoubleClick={() => !readOnly && setRenaming(board.id)}
            >
              {board.name || t('canvas.boards.untitled', { number: i + 1 })}
            </UnstyledButton>
          </Group>
        );
      })}
      </Group>
      {activeIndex >= 0 && !readOnly && renaming === null && (() => {
        const board = boards[activeIndex]!;
        const i = activeIndex;
        return (
<Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" size="md" color="gray" aria-label={t('canvas.boards.menu')} data-testid="board-menu">
                    <IconChevronDown size={14} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setRenaming(board.id)}>
                    {t('canvas.boards.rename')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconCopy size={14} />}
                    onClick={() => {
                      const copy = duplicateBoard(editor, board.id, t('canvas.boards.copyName', { name: board.name }));
                      if (copy) showBoard(editor, copy);
                    }}
                  >
                    {t('canvas.boards.duplicate')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowLeft size={14} />} disabled={i === 0} onClick={() => moveBoard(editor, board.id, i - 1)}>
                    {t('canvas.boards.moveLeft')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowRight size={14} />} disabled={i === boards.length - 1} onClick={() => moveBoard(editor, board.id, i + 1)}>
                    {t('canvas.boards.moveRight')}
                  </Menu.Item>
                  <Menu.Divider />
                  {/* The native menu's File › Export › Board…, also here: the Chromium host has no native menu. */}
                  <Menu.Item leftSection={<IconFileExport size={14} />} data-testid="board-export" onClick={() => {
                      showBoard(editor, board.id);
                      runCommand(workspace, 'board.exportImage');
                    }}>
                    {t('exchange.menu.exportBoard')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    data-testid="board-delete"
                    onClick={() => {
                      deleteBoard(editor, board.id);
                      onDeleted(board.name);
                    }}
                  >
                    {t('canvas.boards.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
        );
      })()}
      {!readOnly && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} data-testid="board-add">
              {t('canvas.boards.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconSquare size={14} />} onClick={() => add('blank')} data-testid="board-add-blank">
              {t('canvas.boards.blank')}
            </Menu.Item>
            <Menu.Item leftSection={<IconLayoutRows size={14} />} onClick={() => add('processMap')} data-testid="board-add-process">
              {t('canvas.boards.processMap')}
            </Menu.Item>
            <VsmTemplateItems editor={editor} />
            <Menu.Divider />
            <Menu.Item leftSection={<IconFileImport size={14} />} onClick={() => runCommand(workspace, 'board.importDrawio')} data-testid="board-import-drawio">
              {t('exchange.menu.importDrawio')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}

/** The board's name being renamed in its tab: Enter or leaving keeps it, Escape drops it; the file's limit is shown. */
function BoardNameInput({ name, label, onDone }: { name: string; label: string; onDone: (name: string | null) => void }) {
  const [value, setValue] = useState(name);
  return (
    <LimitedTextInput
      limit={LIMITS.board.name}
      size="xs"
      autoFocus
      aria-label={label}
      value={value}
      data-testid="board-name-input"
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => onDone(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') onDone(null);
      }}
    />
  );
}
