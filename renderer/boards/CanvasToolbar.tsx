import { ActionIcon, Button, ColorSwatch, Divider, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconArrowsHorizontal,
  IconArrowsSort,
  IconArrowsVertical,
  IconBoxAlignBottom,
  IconBoxAlignLeft,
  IconBoxAlignRight,
  IconBoxAlignTop,
  IconCopy,
  IconGrid4x4,
  IconHandStop,
  IconKeyboard,
  IconLayoutAlignCenter,
  IconLayoutAlignMiddle,
  IconLayoutDistributeHorizontal,
  IconListTree,
  IconLock,
  IconLockOpen,
  IconPointer,
  IconPresentation,
  IconRotate2,
  IconRowInsertBottom,
  IconRowRemove,
  IconStack2,
  IconTrash,
  IconVectorSpline,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Board, Connector, Shape } from '../../shared/model/board';
import { STICKY_COLOURS, defaultTheme } from '../../shared/shapes/primitives';
import { canvasStateOf } from '../editor/board/canvasState';
import { shapePositions } from '../editor/board/access';
import { updateConnectors } from '../editor/board/connectorCommands';
import { addLane, moveLane, removeLane, turnPool } from '../editor/board/lanes';
import { setShapeProps } from '../editor/board/shapeCommands';
import { useEditorState } from '../app/context';
import type { CanvasActionKey } from './canvas/actions/action';
import { canvasAction, displayKey, keyOf } from './canvas/actions/registry';
import type { CanvasController } from './canvas/controller';

function Tool({ label, action, active, onClick, children, testId, disabled }: { label: string; action?: CanvasActionKey; active?: boolean; onClick: () => void; children: ReactNode; testId?: string; disabled?: boolean }) {
  const key = action ? keyOf(action) : undefined;
  return (
    <Tooltip label={key ? `${label} (${displayKey(key)})` : label} openDelay={300}>
      <ActionIcon variant={active ? 'filled' : 'subtle'} color={active ? 'teal' : 'gray'} size="lg" aria-label={label} aria-pressed={active} onClick={onClick} data-testid={testId} disabled={disabled}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The selected items as the bar shows them (kinds, locks, colours, lanes, line styles), without their places. */
function selectionSignature(board: Board | undefined, selection: readonly string[]): string {
  if (!board) return '';
  if (selection.length === 0) return board.id;
  const parts: unknown[] = [board.id];
  // Found by position, not by walking the board: this runs on every change (each nudge).
  const at = shapePositions(board.shapes, selection);
  for (const i of at) {
    const s = board.shapes[i]!;
    parts.push([s.id, s.type, s.locked, s.props]);
  }
  if (at.length < selection.length) {
    const chosen = new Set(selection);
    for (const c of board.connectors) if (chosen.has(c.id)) parts.push(c);
  }
  return JSON.stringify(parts);
}

/** The bar above the board: tools, what can be done to the selection, snapping, zoom, present. */
export function CanvasToolbar({ controller, onShortcuts, onPresent, outlineOpen, onOutline }: { controller: CanvasController; onShortcuts: () => void; onPresent: () => void; outlineOpen: boolean; onOutline: () => void }) {
  const { t } = useTranslation();
  const editor = controller.editor;
  const ui = canvasStateOf(editor);
  const tool = useStore(ui, (s) => s.tool);
  const selection = useStore(ui, (s) => s.selection);
  const snap = useStore(ui, (s) => s.snapToGrid);
  // What the bar shows of the document: the selected shapes and connectors apart from where they
  // are, so a move or a nudge (thousands of shapes on the board) does not re-render it.
  useEditorState(editor, (s) => selectionSignature(s.history.present.boards.find((b) => b.id === controller.boardId), selection));
  // The zoom label follows the view without a React render per frame: its text is set directly.
  const zoomLabel = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const listener = (v: { scale: number }) => {
      if (zoomLabel.current) zoomLabel.current.textContent = `${Math.round(v.scale * 100)} %`;
    };
    listener(controller.view);
    controller.viewListeners.add(listener);
    return () => void controller.viewListeners.delete(listener);
  }, [controller]);

  const board = controller.board;
  const boardId = controller.boardId;
  const readOnly = editor.origin.readOnly;
  const chosen = new Set(selection);
  const shapes: Shape[] = board?.shapes.filter((s) => chosen.has(s.id)) ?? [];
  const connectors: Connector[] = board?.connectors.filter((c) => chosen.has(c.id)) ?? [];
  const stickies = shapes.filter((s) => s.type === 'sticky');
  const pools = shapes.filter((s): s is Extract<Shape, { type: 'swimlane' }> => s.type === 'swimlane');
  const allLocked = shapes.length > 0 && shapes.every((s) => s.locked);
  const act = (action: CanvasActionKey) => () => {
    controller.runAction(action);
  };
  const enabled = (action: CanvasActionKey) => canvasAction(action)?.isEnabled(controller) ?? false;
  /** A menu item for a registered action: its label, its key and whether it can run come from the registry. */
  const item = (action: CanvasActionKey, icon?: ReactNode, testId?: string) => {
    const a = canvasAction(action)!;
    const key = keyOf(action);
    return (
      <Menu.Item key={action} leftSection={icon} disabled={!enabled(action)} onClick={act(action)} data-testid={testId} rightSection={key ? <Text size="xs" c="dimmed">{displayKey(key)}</Text> : undefined}>
        {t(a.labelKey)}
      </Menu.Item>
    );
  };

  return (
    <Group className="canvas-toolbar" gap={4} wrap="nowrap" justify="space-between">
      <Group gap={2} wrap="nowrap" role="toolbar" aria-label={t('canvas.toolbar.tools')}>
        <Tool label={t('canvas.toolbar.select')} action="tool.select" active={tool.kind === 'select'} onClick={act('tool.select')} testId="tool-select">
          <IconPointer size={18} />
        </Tool>
        <Tool label={t('canvas.toolbar.hand')} action="tool.hand" active={tool.kind === 'hand'} onClick={act('tool.hand')} testId="tool-hand">
          <IconHandStop size={18} />
        </Tool>
        <Tool label={t('canvas.toolbar.connect')} action="tool.connect" active={tool.kind === 'connect'} onClick={act('tool.connect')} testId="tool-connect" disabled={readOnly}>
          <IconVectorSpline size={18} />
        </Tool>
        {selection.length > 0 && !readOnly && (
          <>
            <Divider orientation="vertical" mx={4} />
            <Text size="xs" c="dimmed" px={4} data-testid="selection-count">
              {t('canvas.toolbar.selected', { count: selection.length })}
            </Text>
            <Tool label={t('canvas.toolbar.duplicate')} action="edit.duplicate" onClick={act('edit.duplicate')}>
              <IconCopy size={18} />
            </Tool>
            <Tool label={t('canvas.toolbar.delete')} action="edit.delete" onClick={act('edit.delete')} testId="selection-delete">
              <IconTrash size={18} />
            </Tool>
            {shapes.length > 0 && (
              <Tool label={allLocked ? t('canvas.toolbar.unlock') : t('canvas.toolbar.lock')} action="lock.toggle" onClick={act('lock.toggle')} active={allLocked}>
                {allLocked ? <IconLock size={18} /> : <IconLockOpen size={18} />}
              </Tool>
            )}
            {shapes.length > 0 && (
              <Menu withinPortal>
                <Menu.Target>
                  <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconStack2 size={16} />}>
                    {t('canvas.toolbar.order')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {(['front', 'forward', 'backward', 'back'] as const).map((how) => item(`order.${how}`))}
                </Menu.Dropdown>
              </Menu>
            )}
            {shapes.length > 1 && (
              <Menu withinPortal>
                <Menu.Target>
                  <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconLayoutAlignCenter size={16} />} data-testid="align-menu">
                    {t('canvas.toolbar.align')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {item('align.left', <IconBoxAlignLeft size={14} />)}
                  {item('align.centerX', <IconLayoutAlignCenter size={14} />)}
                  {item('align.right', <IconBoxAlignRight size={14} />)}
                  {item('align.top', <IconBoxAlignTop size={14} />)}
                  {item('align.centerY', <IconLayoutAlignMiddle size={14} />)}
                  {item('align.bottom', <IconBoxAlignBottom size={14} />)}
                  <Menu.Divider />
                  {item('distribute.horizontal', <IconLayoutDistributeHorizontal size={14} />)}
                  {item('distribute.vertical', <IconArrowsVertical size={14} />)}
                </Menu.Dropdown>
              </Menu>
            )}
            {stickies.length > 0 && (
              <Group gap={4} wrap="nowrap" px={4} aria-label={t('canvas.toolbar.colour')} role="group">
                {STICKY_COLOURS.map((colour) => (
                  <Tooltip key={colour} label={t(`canvas.colours.${colour}`)}>
                    <ColorSwatch
                      component="button"
                      size={20}
                      color={defaultTheme.stickies[colour]}
                      aria-label={t(`canvas.colours.${colour}`)}
                      onClick={() => boardId && setShapeProps(editor, boardId, stickies.map((s) => s.id), { color: colour })}
                      style={{ cursor: 'pointer', outline: stickies.every((s) => s.type === 'sticky' && s.props.color === colour) ? '2px solid #0c8599' : undefined }}
                    />
                  </Tooltip>
                ))}
              </Group>
            )}
            {connectors.length > 0 && (
              <>
                <Menu withinPortal>
                  <Menu.Target>
                    <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconArrowsHorizontal size={16} />} data-testid="connector-routing">
                      {t('canvas.toolbar.routing')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => boardId && updateConnectors(editor, boardId, selection, { routing: 'straight' })}>{t('canvas.toolbar.straight')}</Menu.Item>
                    <Menu.Item onClick={() => boardId && updateConnectors(editor, boardId, selection, { routing: 'orthogonal' })}>{t('canvas.toolbar.orthogonal')}</Menu.Item>
                    <Menu.Label>{t('canvas.toolbar.arrows')}</Menu.Label>
                    <Menu.Item onClick={() => boardId && updateConnectors(editor, boardId, selection, { arrows: 'none' })}>{t('canvas.toolbar.arrowsNone')}</Menu.Item>
                    <Menu.Item onClick={() => boardId && updateConnectors(editor, boardId, selection, { arrows: 'end' })}>{t('canvas.toolbar.arrowsEnd')}</Menu.Item>
                    <Menu.Item onClick={() => boardId && updateConnectors(editor, boardId, selection, { arrows: 'both' })}>{t('canvas.toolbar.arrowsBoth')}</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </>
            )}
            {pools.length === 1 && boardId && (
              <Group gap={2} wrap="nowrap" role="group" aria-label={t('canvas.toolbar.lanes')}>
                <Tool label={t('canvas.toolbar.addLane')} onClick={() => addLane(editor, boardId, pools[0]!.id, t('canvas.boards.laneNew'))} testId="lane-add">
                  <IconRowInsertBottom size={18} />
                </Tool>
                <Menu withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('canvas.toolbar.laneUp')} disabled={pools[0]!.props.lanes.length <= 1} data-testid="lane-reorder">
                      <IconArrowsSort size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Label>{t('canvas.toolbar.laneUp')}</Menu.Label>
                    {pools[0]!.props.lanes.map((lane, i) =>
                      i === 0 ? null : (
                        <Menu.Item key={lane.id} onClick={() => moveLane(editor, boardId, pools[0]!.id, lane.id, i - 1)}>
                          {lane.name || t('canvas.toolbar.laneNumber', { number: i + 1 })}
                        </Menu.Item>
                      ),
                    )}
                  </Menu.Dropdown>
                </Menu>
                <Menu withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('canvas.toolbar.removeLane')} disabled={pools[0]!.props.lanes.length <= 1} data-testid="lane-remove">
                      <IconRowRemove size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Label>{t('canvas.toolbar.removeLane')}</Menu.Label>
                    {pools[0]!.props.lanes.map((lane, i) => (
                      <Menu.Item key={lane.id} color="red" onClick={() => removeLane(editor, boardId, pools[0]!.id, lane.id)}>
                        {lane.name || t('canvas.toolbar.laneNumber', { number: i + 1 })}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
                <Tool label={t('canvas.toolbar.orientation')} onClick={() => turnPool(editor, boardId, pools[0]!.id)} testId="lane-turn">
                  <IconRotate2 size={18} />
                </Tool>
              </Group>
            )}
          </>
        )}
      </Group>
      <Group gap={2} wrap="nowrap">
        <Tool label={t('canvas.toolbar.snap')} action="grid.toggle" active={snap} onClick={act('grid.toggle')}>
          <IconGrid4x4 size={18} />
        </Tool>
        <Divider orientation="vertical" mx={4} />
        <Tool label={t('canvas.toolbar.zoomOut')} action="zoom.out" onClick={act('zoom.out')}>
          <IconZoomOut size={18} />
        </Tool>
        <Menu withinPortal>
          <Menu.Target>
            <Button variant="subtle" color="gray" size="compact-sm" miw={64} data-testid="zoom-menu">
              {/* Named "Zoom 100 %": the visible figure is part of the name (WCAG 2.5.3). */}
              <span className="visually-hidden">{t('canvas.toolbar.zoom')} </span>
              <span ref={zoomLabel} data-testid="zoom-label" />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {item('zoom.fit', undefined, 'zoom-fit')}
            {item('zoom.selection')}
            {item('zoom.actual', undefined, 'zoom-100')}
          </Menu.Dropdown>
        </Menu>
        <Tool label={t('canvas.toolbar.zoomIn')} action="zoom.in" onClick={act('zoom.in')}>
          <IconZoomIn size={18} />
        </Tool>
        <Divider orientation="vertical" mx={4} />
        <Tool label={t('outline.toggle')} active={outlineOpen} onClick={onOutline} testId="outline-toggle">
          <IconListTree size={18} />
        </Tool>
        <Tool label={t('canvas.toolbar.shortcuts')} action="shortcuts.show" onClick={onShortcuts} testId="shortcuts-button">
          <IconKeyboard size={18} />
        </Tool>
        <Button size="compact-sm" variant="light" leftSection={<IconPresentation size={16} />} onClick={onPresent} data-testid="present-button">
          {t('canvas.toolbar.presentation')}
        </Button>
      </Group>
    </Group>
  );
}
