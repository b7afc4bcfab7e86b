/**
 * Drawing primitives: the small plain objects every shape draws itself as. Two backends turn them
 * into pixels — Konva on the canvas (renderer/boards/canvas/konvaBackend.ts) and SVG for export and the
 * PDF (shared/render/svg.ts) — so what is on screen is what the report draws.
 */
export interface Style {
  fill?: string | null;
  stroke?: string | null;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
}

export interface RectPrimitive extends Style {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  radius?: number;
}

export interface EllipsePrimitive extends Style {
  kind: 'ellipse';
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** An outline through points; closed makes a polygon. */
export interface PolylinePrimitive extends Style {
  kind: 'polyline';
  points: number[];
  closed: boolean;
}

/** SVG path data restricted to M, L, Q, C, A and Z, absolute coordinates (Path2D reads the same). */
export interface PathPrimitive extends Style {
  kind: 'path';
  d: string;
}

/** Text already broken into lines (shared/shapes/text.ts), so both backends wrap identically. */
export interface TextPrimitive {
  kind: 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  fontSize: number;
  fontWeight: 'normal' | 'bold';
  color: string;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  /** Rotated −90° about the box's centre (lane and pool titles read bottom to top). */
  vertical?: boolean;
}

export type Primitive = RectPrimitive | EllipsePrimitive | PolylinePrimitive | PathPrimitive | TextPrimitive;

/** Colours and type of a drawing; the canvas and the PDF share one theme. */
export interface Theme {
  fontFamily: string;
  ink: string;
  mutedInk: string;
  paper: string;
  line: string;
  shapeFill: string;
  accentFill: string;
  decisionFill: string;
  terminalFill: string;
  dataFill: string;
  waitFill: string;
  laneFill: string;
  laneHeaderFill: string;
  stickies: Record<StickyColour, string>;
  /** The language of words drawn inside shapes (VSM data-box labels); English when not set. */
  language?: 'sv' | 'nb' | 'en';
  /**
   * The language the board's own text is written in (the workshop's): long words in labels break
   * at its hyphenation points. Without it they break after the last character that fits.
   */
  textLanguage?: 'sv' | 'nb' | 'en';
}

export const STICKY_COLOURS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type StickyColour = (typeof STICKY_COLOURS)[number];

export const defaultTheme: Theme = {
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  ink: '#1f2933',
  mutedInk: '#52606d',
  paper: '#ffffff',
  line: '#3e4c59',
  shapeFill: '#ffffff',
  accentFill: '#e3f0ff',
  decisionFill: '#fff4d6',
  terminalFill: '#dff5e7',
  dataFill: '#eef0ff',
  waitFill: '#fde8e8',
  laneFill: '#f8fafc',
  laneHeaderFill: '#e4e9f0',
  stickies: {
    yellow: '#fff3a3',
    pink: '#ffd1e0',
    blue: '#cfe6ff',
    green: '#d3f5d0',
    orange: '#ffdcb8',
    purple: '#e6d9ff',
  },
};
