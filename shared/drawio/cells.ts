/**
 * A draw.io page as main reads it from the file (main/services/drawio/readDrawio.ts): every cell
 * with its label already reduced to plain text and its geometry as written (relative to its
 * parent). The mapping to Verkstad's boards (toBoards.ts) works on this, and never sees XML.
 */
export interface DrawioPoint {
  x: number;
  y: number;
}

export interface DrawioGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  /** An edge's bend points, relative to its parent. */
  points: DrawioPoint[];
  sourcePoint: DrawioPoint | null;
  targetPoint: DrawioPoint | null;
}

export interface DrawioCell {
  id: string;
  parent: string | null;
  /** The label as plain text (HTML labels reduced to their text, line breaks kept). */
  label: string;
  style: string;
  vertex: boolean;
  edge: boolean;
  source: string | null;
  target: string | null;
  geometry: DrawioGeometry | null;
}

export interface DrawioPage {
  name: string;
  /** In file order, which is draw.io's drawing order. */
  cells: DrawioCell[];
}

/** A draw.io style string ("rounded=1;whiteSpace=wrap;rhombus;") as keys and values; a bare word is a key with the value "1". */
export function parseStyle(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    if (!part) continue;
    const at = part.indexOf('=');
    if (at === -1) out.set(part.trim(), '1');
    else out.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return out;
}
