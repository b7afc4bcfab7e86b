import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { catalogues } from '../../shared/i18n';
import { fill } from '../../shared/report/html';
import { parseWorkshopText, type LoadResult } from '../../shared/model/load';
import { migrate, type RawDocument } from '../../shared/model/migrations';
import { CURRENT_FORMAT_VERSION, Workshop } from '../../shared/model/workshop';
import type { CliIo } from './io';

export type WorkshopInput = { ok: true; path: string; result: Extract<LoadResult, { ok: true }> } | { ok: false; path: string; lines: string[] };

/**
 * Reads and checks a workshop file named on the command line, the same way the app opens one;
 * when it cannot be used, says why in the user's language, with every problem of a damaged file.
 */
export async function readWorkshopInput(file: string, io: CliIo): Promise<WorkshopInput> {
  const strings = catalogues[io.lang];
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? strings.errors.io.notFound : code === 'EACCES' || code === 'EPERM' ? strings.errors.io.permission : strings.errors.io.unknown;
    return { ok: false, path, lines: [fill(strings.report.cli.invalid, { file: path }), `  ${reason}`] };
  }
  const result = parseWorkshopText(text);
  if (result.ok) return { ok: true, path, result };
  const lines = [fill(strings.report.cli.invalid, { file: path }), `  ${strings.errors.load[result.problem]}`];
  const issues = result.problem === 'schema' ? schemaIssues(text) : null;
  if (issues && issues.length > 0) lines.push(...issues.map((issue) => `  - ${issue}`));
  else lines.push(`  - ${result.detail}`);
  return { ok: false, path, lines };
}

/** Every place the file differs from the schema (the app's message names only the first few). */
function schemaIssues(text: string): string[] | null {
  try {
    const raw = JSON.parse(text) as RawDocument;
    const parsed = Workshop.safeParse(migrate(raw, CURRENT_FORMAT_VERSION));
    if (parsed.success) return null;
    return parsed.error.issues.slice(0, 100).map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  } catch {
    return null;
  }
}
