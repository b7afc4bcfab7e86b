import { z } from 'zod';
import { inset, label } from './label';
import { STICKY_COLOURS } from './primitives';
import { defineShape, shapeRecord, sidePorts } from './types';

/** A sticky note: the workshop's brainstorming unit, in several colours. */
export const stickyProps = z.object({ color: z.enum(STICKY_COLOURS) });
export type StickyProps = z.infer<typeof stickyProps>;

export const stickySchema = shapeRecord('sticky', stickyProps);
export const sticky = defineShape<StickyProps>({
  type: 'sticky',
  labelKey: 'canvas.shapes.sticky',
  schema: stickySchema,
  defaultProps: () => ({ color: 'yellow' }),
  defaultSize: { w: 140, h: 140 },
  minSize: { w: 40, h: 40 },
  textBox: (s) => inset(s, 10),
  ports: sidePorts,
  draw: (s, t) => [
    // A soft shadow under the note, then the note itself: it should read as paper on a wall.
    { kind: 'rect', x: s.x + 2, y: s.y + 3, w: s.w, h: s.h, radius: 3, fill: '#000000', opacity: 0.08 },
    { kind: 'rect', x: s.x, y: s.y, w: s.w, h: s.h, radius: 3, fill: t.stickies[s.props.color], stroke: '#00000022', strokeWidth: 1 },
    ...label(s.text, inset(s, 10), t.ink, { language: t.textLanguage, fontSize: 16 }),
  ],
});
