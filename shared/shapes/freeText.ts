import { z } from 'zod';
import { label } from './label';
import { defineShape, shapeRecord, sidePorts } from './types';

/** Free text on the board: a heading or a note, no outline. */
export const freeTextProps = z.object({
  fontSize: z.number().min(8).max(144),
  align: z.enum(['left', 'center', 'right']),
});
export type FreeTextProps = z.infer<typeof freeTextProps>;

export const freeTextSchema = shapeRecord('text', freeTextProps);
export const freeText = defineShape<FreeTextProps>({
  type: 'text',
  labelKey: 'canvas.shapes.text',
  schema: freeTextSchema,
  defaultProps: () => ({ fontSize: 20, align: 'left' }),
  defaultSize: { w: 220, h: 40 },
  minSize: { w: 20, h: 16 },
  textBox: (s) => s,
  ports: sidePorts,
  draw: (s, t) => label(s.text, s, t.ink, { language: t.textLanguage, fontSize: s.props.fontSize, align: s.props.align, valign: 'top' }),
});
