import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CsvReadResponse } from '../../shared/ipc/teamBoardsContract';
import { detailOf, ioProblemOf } from './ioProblem';

/**
 * Reads a small text file the user picked (a CSV of KPI values). Excel writes CSV as UTF-8 (with
 * or without a byte-order mark) or, in older versions, in Windows-1252: text that is not valid
 * UTF-8 is read as Windows-1252, so "å", "ä" and "ö" arrive as typed instead of as replacement marks.
 */
export async function readChosenText(path: string, maxBytes: number): Promise<CsvReadResponse> {
  const fileName = basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return { status: 'failed', fileName, problem: 'tooLarge', detail: `${size} bytes; at most ${maxBytes} are read` };
      const bytes = await handle.readFile();
      return { status: 'read', fileName, text: decodeText(bytes) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const problem = ioProblemOf(error);
    return { status: 'failed', fileName, problem: problem === 'notFound' || problem === 'permission' || problem === 'busy' || problem === 'tooLarge' ? problem : 'unknown', detail: detailOf(error) };
  }
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
