import { Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ShapeType } from '../../shared/model/board';
import { primitivesToSvg } from '../../shared/render/svg';
import { defaultTheme } from '../../shared/shapes/primitives';
import { shapeModules } from '../../shared/shapes/registry';
import { vsmPaletteGroups } from '../../shared/shapes/vsm';
import { canvasStateOf } from '../editor/board/canvasState';
import { placeKeys } from './canvas/actions/toolActions';
import type { CanvasController } from './canvas/controller';

/** A thumbnail of a shape type drawn by the SVG backend: the palette shows exactly what you get. */
function thumbnail(type: ShapeType): string {
  const m = shapeModules.find((x) => x.type === type)!;
  const { w, h } = type === 'text' ? { w: 100, h: 60 } : m.defaultSize;
  // Free text has no outline: its thumbnail shows a sample of type instead.
  const props = type === 'text' ? { fontSize: 44, align: 'center' } : m.defaultProps();
  const primitives = m.draw({ x: 0, y: 0, w, h, text: type === 'text' ? 'Aa' : '', props } as never, defaultTheme);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${w + 8} ${h + 8}" width="44" height="32" preserveAspectRatio="xMidYMid meet">${primitivesToSvg(primitives, defaultTheme)}</svg>`;
}

/** The palette in sections: the process-map shapes, then the VSM icons by the notation's groups. */
const vsmTypes = new Set(Object.values(vsmPaletteGroups).flat());
const paletteSections = [
  { key: 'process', modules: shapeModules.filter((m) => !vsmTypes.has(m.type)) },
  ...Object.entries(vsmPaletteGroups).map(([key, types]) => ({ key, modules: shapeModules.filter((m) => types.includes(m.type)) })),
];

/**
 * The shape palette: click a shape then click on the board, drag it onto the board, or (keyboard)
 * press Enter on it to place it in the middle of the view.
 */
export function Palette({ controller, disabled }: { controller: CanvasController; disabled: boolean }) {
  const { t } = useTranslation();
  const tool = useStore(canvasStateOf(controller.editor), (s) => s.tool);
  const thumbs = useMemo(() => new Map(shapeModules.map((m) => [m.type, thumbnail(m.type as ShapeType)])), []);

  /** Dragging from the palette: the shape lands where the pointer is let go over the board. */
  const beginDrag = (type: ShapeType, down: React.PointerEvent) => {
    if (disabled || down.button !== 0) return;
    const start = { x: down.clientX, y: down.clientY };
    let moved = false;
    const move = (e: PointerEvent) => {
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4) moved = true;
      document.body.style.cursor = moved ? 'copy' : '';
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      document.body.style.cursor = '';
      const canvas = controller.stage?.container().getBoundingClientRect();
      if (moved && canvas && e.clientX >= canvas.left && e.clientX <= canvas.right && e.clientY >= canvas.top && e.clientY <= canvas.bottom) {
        controller.placeShape(type, controller.toWorld(e));
        controller.stage?.container().parentElement?.focus();
      } else if (!moved) {
        controller.setTool(tool.kind === 'place' && tool.type === type ? { kind: 'select' } : { kind: 'place', type });
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <Stack gap={4} className="canvas-palette" aria-label={t('canvas.palette.title')} role="toolbar" aria-orientation="vertical">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px={6} pt={4}>
        {t('canvas.palette.title')}
      </Text>
      {paletteSections.map((section) => (
      <div key={section.key}>
      {section.key !== 'process' && (
        <Text size="xs" fw={700} c="dimmed" px={6} pt={6} data-testid={`palette-group-${section.key}`}>
          {t(`vsm.paletteGroups.${section.key}`)}
        </Text>
      )}
      <div className="palette-grid">
      {section.modules.map((m) => {
        const type = m.type as ShapeType;
        const active = tool.kind === 'place' && tool.type === type;
        return (
          <Tooltip key={type} label={placeKeys[type] === undefined ? t(m.labelKey) : `${t(m.labelKey)} · ${t('canvas.palette.placeKey', { key: placeKeys[type] })}`} position="right" openDelay={400}>
            <UnstyledButton
              className={`palette-item${active ? ' active' : ''}`}
              data-testid={`palette-${type}`}
              aria-pressed={active}
              disabled={disabled}
              onPointerDown={(e) => beginDrag(type, e)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  controller.placeFromKeyboard(type);
                  (document.querySelector('[data-testid="board-canvas"]') as HTMLElement | null)?.focus();
                }
              }}
            >
              <span className="palette-thumb" dangerouslySetInnerHTML={{ __html: thumbs.get(type) ?? '' }} />
              <span className="palette-label">{t(m.labelKey)}</span>
            </UnstyledButton>
          </Tooltip>
        );
      })}
      </div>
      </div>
      ))}
      <Text size="xs" c="dimmed" px={6} pt="xs" className="palette-hint">
        {t('canvas.palette.hint')}
      </Text>
    </Stack>
  );
}
