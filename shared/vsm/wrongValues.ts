import { vsm } from '../i18n/areas/vsm';
import type { Language } from '../model/language';
import type { Workshop } from '../model/workshop';
import { specsOf } from '../shapes/vsm/fields';
import { readEntered, type EnteredValue } from '../shapes/vsm/values';
import { describeEntryProblem } from './describe';

/** A data-box value that cannot be read: where it is and why, in the user's language. */
export interface WrongValue {
  board: string;
  shape: string;
  field: string;
  text: string;
  problem: string;
}

/**
 * Every typed data-box value the figures cannot read, read exactly as the panel and the figures
 * read it (readEntered with the field's spec): what the map marks with "!", `verkstad validate`
 * lists.
 */
export function wrongDataBoxValues(doc: Workshop, lang: Language): WrongValue[] {
  const typedIn = doc.header.language ?? lang;
  const names = vsm[lang].fieldNames as Record<string, string>;
  return doc.boards.flatMap((board) =>
    board.shapes.flatMap((shape) =>
      (specsOf(shape.type) ?? []).flatMap((spec) => {
        const value = (shape.props as Record<string, unknown>)[spec.key] as EnteredValue | undefined;
        if (!value) return [];
        const reading = readEntered(value, spec, typedIn);
        if (reading.state !== 'invalid') return [];
        return [{ board: board.name, shape: shape.text, field: names[spec.key] ?? spec.key, text: value.text, problem: describeEntryProblem(reading.problem, value.text, lang) }];
      }),
    ),
  );
}
