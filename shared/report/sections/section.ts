import type { Workshop } from '../../model/workshop';
import type { ReportContext } from '../context';
import type { SectionId } from '../options';

/**
 * One section of the report, in a module of its own. A section that has nothing to show for a
 * workshop (no boards, no polls) says so with `applies` and is left out — never a blank page.
 */
export interface ReportSection {
  id: SectionId;
  /** Pages of its own (the cover, a board), rather than flowing on with the sections before it. */
  ownPages?: boolean;
  applies(doc: Workshop): boolean;
  /** The whole section: a <section> whose heading (h1) becomes its bookmark in the PDF. */
  render(ctx: ReportContext): string;
}

/** The id a section's heading carries, for the cover's contents links. */
export const anchorOf = (id: SectionId) => `section-${id}`;

/**
 * A drawing with its caption, kept together. Not a <figure>: Chromium tags a <figure> as a Figure
 * of its own around the drawing's Figure, and a Figure without a text alternative is what PDF/UA
 * forbids; as a group it becomes a Div holding the drawing (a Figure with its description) and the
 * caption. `drawing` is an <svg role="img" aria-label="…">.
 */
export function figureGroup(kind: string, drawing: string, caption: string, captionFirst = false): string {
  const text = caption ? `<p class="caption">${caption}</p>` : '';
  return `<div class="figure ${kind}" role="group">${captionFirst ? text : ''}${drawing}${captionFirst ? '' : text}</div>`;
}

/** A section's h1 with its anchor. */
export function sectionHeading(ctx: ReportContext, id: SectionId): string {
  return `<h1 id="${anchorOf(id)}">${ctx.s.sections[id]}</h1>`;
}
