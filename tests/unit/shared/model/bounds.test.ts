import { describe, expect, it } from 'vitest';
import { parseWorkshopText, serializeWorkshop } from '../../../../shared/model/load';
import type { Workshop } from '../../../../shared/model/workshop';
import { buildReport } from '../../../../shared/report/buildReport';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { reportWorkshop } from '../../helpers/reportWorkshop';

const options = { language: 'sv' as const, today: '2026-04-20', timeZone: 'Europe/Stockholm' };

/** The report workshop (with its value-stream boards) as a file, with `change` applied to its raw JSON. */
function fileWith(change: (raw: { boards: { shapes: Record<string, unknown>[] }[]; agenda: { items: unknown[] } }) => void): string {
  const raw = JSON.parse(serializeWorkshop(reportWorkshop())) as Parameters<typeof change>[0];
  change(raw);
  return JSON.stringify(raw);
}

function vsmBoardIndex(doc: Workshop): number {
  return doc.boards.findIndex((board) => board.shapes.some((shape) => shape.type === 'vsmProcess'));
}

describe('a file the app accepts never breaks it', () => {
  // 150,000 invalid elements made zod's parse throw "Maximum call stack size exceeded": the app
  // said "unknown" and `verkstad validate` crashed.
  it('150,000 invalid shapes or agenda items are a schema problem, not a crash', () => {
    for (const text of [
      fileWith((raw) => void (raw.boards[0]!.shapes = Array.from({ length: 150_000 }, () => ({ type: 'sticky', x: 'no' })))),
      fileWith((raw) => void (raw.agenda.items = Array.from({ length: 150_000 }, () => ({ kind: 'item', plannedMinutes: -1 })))),
    ]) {
      const result = parseWorkshopText(text, { maxIssues: 20 });
      expect(result).toMatchObject({ ok: false, problem: 'schema' });
      if (result.ok) return;
      expect(result.detail.length).toBeGreaterThan(0);
      expect(result.detail.length).toBeLessThan(2_000);
    }
  }, 60_000);

  // A shape 1e308 wide made the report preview throw; shapes 100,000,000 units apart made megabytes of report HTML.
  it('coordinates and sizes beyond the board are refused by the schema, naming the field', () => {
    const wide = parseWorkshopText(fileWith((raw) => void (raw.boards[0]!.shapes[0]!.w = 1e308)));
    expect(wide).toMatchObject({ ok: false, problem: 'schema' });
    expect(!wide.ok && wide.detail).toMatch(/\bw\b/);
    const far = parseWorkshopText(fileWith((raw) => void (raw.boards[0]!.shapes[0]!.x = 1e8)));
    expect(far).toMatchObject({ ok: false, problem: 'schema' });
    expect(!far.ok && far.detail).toMatch(/\bx\b/);
  });

  // The shape schema let a VSM step be named with 5,000 characters, the value-stream model only 500:
  // a file the app opened then threw in the canvas, the report and the CLI.
  it('a VSM step with the longest name the file allows goes through the figures and the report', () => {
    const longest = 'Bygglovshandläggning '.repeat(250).slice(0, 5_000);
    const text = fileWith((raw) => {
      const doc = raw as unknown as Workshop;
      const process = doc.boards[vsmBoardIndex(doc)]!.shapes.find((shape) => shape.type === 'vsmProcess')!;
      process.text = longest;
    });
    const loaded = parseWorkshopText(text);
    if (!loaded.ok) throw new Error(loaded.detail);
    const streams = vsmBoardsOf(loaded.document);
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.some((stream) => stream.elements.some((element) => element.name === longest.trim()))).toBe(true);
    for (const stream of streams) expect(() => analyzeValueStream(stream)).not.toThrow();
    expect(buildReport(loaded.document, options, { fonts: [] }).html).toContain('Bygglovshandläggning');
    // One character more is refused when the file is read, not later.
    const tooLong = parseWorkshopText(
      fileWith((raw) => {
        const doc = raw as unknown as Workshop;
        doc.boards[vsmBoardIndex(doc)]!.shapes.find((shape) => shape.type === 'vsmProcess')!.text = `${longest}x`;
      }),
    );
    expect(tooLong).toMatchObject({ ok: false, problem: 'schema' });
  }, 60_000);
});
