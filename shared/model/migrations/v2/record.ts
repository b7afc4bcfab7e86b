import type { RawDocument } from '../index';

/** The record part of the step from format version 1 to 2: fills what version 1 files lack. */
export function recordV2(doc: RawDocument): RawDocument {
  return doc;
}
