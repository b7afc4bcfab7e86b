import { z } from 'zod';

/**
 * The languages Verkstad speaks. A leaf module of its own: shapes, the VSM arithmetic and the
 * catalogues need it, and importing it from workshop.ts made a cycle through board.ts.
 */
export const Language = z.enum(['sv', 'nb', 'en']);
export type Language = z.infer<typeof Language>;
