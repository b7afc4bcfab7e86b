import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Board } from '../../../shared/model/board';
import type { Language } from '../../../shared/model/language';
import type { CustomLine, EnteredValue } from '../../../shared/shapes/vsm/values';
import type { Editor } from '../../editor/editor';
import { entryError, typed } from './panelLogic';
import { specsOf } from '../../../shared/shapes/vsm/fields';
import { setCustomFields, setVsmValue } from './vsmCommands';

/**
 * A data-box value edited in place on the canvas: what the editor shows, and the commit, which goes
 * through the same command and reading as the side panel (setVsmValue, typed, entryError).
 */

export type FieldEditing = {
  /** The field's name as the data box and the panel call it ("C/T", "Upptid"). */
  label: string;
  /** The value as the user typed it. */
  text: string;
};

const customIndex = (field: string) => (field.startsWith('custom:') ? Number(field.slice(7)) : null);

function shapeOf(board: Board, shapeId: string) {
  return board.shapes.find((s) => s.id === shapeId);
}

/** The label and typed text of one field of a shape, or null if the shape has no such field. */
export function fieldEditing(board: Board, shapeId: string, field: string, lang: Language): FieldEditing | null {
  const shape = shapeOf(board, shapeId);
  if (!shape) return null;
  const i = customIndex(field);
  if (i !== null) {
    const line = (shape.props as { customFields?: CustomLine[] }).customFields?.[i];
    return line ? { label: line.label, text: line.value } : null;
  }
  const spec = specsOf(shape.type)?.find((s) => s.key === field);
  if (!spec) return null;
  const value = (shape.props as Record<string, unknown>)[field] as EnteredValue | undefined;
  return { label: (vsm[lang].dataBox as Record<string, string>)[field] ?? field, text: value?.text ?? '' };
}

/** Why the text typed for a field would be marked wrong (null when it reads, or is empty). */
export function fieldTextError(board: Board, shapeId: string, field: string, text: string, lang: Language): string | null {
  const shape = shapeOf(board, shapeId);
  const spec = shape ? specsOf(shape.type)?.find((s) => s.key === field) : undefined;
  if (!spec) return null;
  return entryError({ text, lang }, spec, lang);
}

/**
 * Stores what was typed as one undo step. A wrong value is kept as typed (and marked by whoever
 * draws it), never turned into zero; an unchanged value makes no step at all.
 */
export function commitFieldText(editor: Editor, board: Board, shapeId: string, field: string, text: string, lang: Language): void {
  const shape = shapeOf(board, shapeId);
  const now = fieldEditing(board, shapeId, field, lang);
  if (!shape || !now || now.text === text) return;
  editor.seal();
  const i = customIndex(field);
  if (i !== null) {
    const lines = [...((shape.props as { customFields?: CustomLine[] }).customFields ?? [])];
    lines[i] = { ...lines[i]!, value: text };
    setCustomFields(editor, board.id, shapeId, lines);
  } else {
    const spec = specsOf(shape.type)!.find((s) => s.key === field)!;
    const value = (shape.props as Record<string, unknown>)[field] as EnteredValue | undefined;
    setVsmValue(editor, board.id, shapeId, field, typed(text, value?.unit ?? spec.unit, lang));
  }
  editor.seal();
}
