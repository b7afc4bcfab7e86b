import type { RawDocument } from '../index';

/** The run part of the step from format version 1 to 2: fills what version 1 files lack. */
export function runV2(doc: RawDocument): RawDocument {
  return doc;
}
