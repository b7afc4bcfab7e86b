import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answerForPage, COMPRESS_ANSWERS_FROM, installBridge, RequestParts } from '../../../../main/chromium/host';

/**
 * The Chromium host's bridge sends a large request (a draft of a big board) in parts, so the page
 * never holds its thread for one huge message; the host joins them. Here the page side runs with a
 * recording stand-in for the binding, and its calls go through the host's joiner.
 */
describe('the Chromium host bridge', () => {
  const calls: { channel: string; req: unknown; part: unknown }[] = [];
  const parts = new RequestParts<string>();
  const received: unknown[] = [];
  /** What main answers next (through the host's own answerForPage), and what crossed the binding. */
  let answer: unknown = { ok: true };
  const sentBack: unknown[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.__verkstadInvoke = async (channel: string, req: unknown, part?: unknown) => {
    calls.push({ channel, req, part });
    const whole = parts.take('page', req, part);
    if (!whole.done) return undefined;
    received.push(whole.text === undefined ? undefined : JSON.parse(whole.text as string));
    const crossing = answerForPage(answer);
    sentBack.push(crossing);
    return crossing;
  };
  installBridge({ invoke: ['draft:write', 'draft:list', 'workshop:openDialog'], events: [] });
  const api = g.verkstad as { invoke(channel: string, req?: unknown): Promise<unknown> };

  it('sends a request of more than half a megabyte in parts of at most 64 KiB that arrive as the same request', async () => {
    const shapes = Array.from({ length: 10000 }, (_, i) => ({ id: `s${i}`, text: `Dubbelregistrering ${i} – ärende`, x: i, y: 2 * i }));
    const request = { draftId: 'd', document: { shapes } };
    calls.length = 0;
    expect(await api.invoke('draft:write', request)).toEqual({ ok: true });
    expect(JSON.stringify(request).length).toBeGreaterThan(512 * 1024);
    expect(calls.length).toBeGreaterThan(8);
    for (const call of calls) expect((call.req as string).length).toBeLessThanOrEqual(64 * 1024);
    expect(calls.at(-1)!.part).toMatchObject({ last: true });
    expect(received.at(-1)).toEqual(request);
  });

  it('sends a large answer (an opened 10,000-shape workshop) gzipped, and the page gets the same value back', async () => {
    const shapes = Array.from({ length: 10000 }, (_, i) => ({ id: `s${i}`, text: `Dubbelregistrering ${i} – ärende "citat" \\ ✓`, x: i, y: 2 * i }));
    answer = { status: 'opened', document: { shapes } };
    try {
      expect(await api.invoke('workshop:openDialog')).toEqual(answer);
      const crossed = sentBack.at(-1) as { gzip: string };
      expect(typeof crossed.gzip).toBe('string');
      expect(crossed.gzip.length).toBeLessThan(JSON.stringify(answer).length / 4);
      // A small answer still crosses as plain JSON text.
      answer = { ok: true, text: 'x'.repeat(COMPRESS_ANSWERS_FROM - 100) };
      expect(await api.invoke('draft:list')).toEqual(answer);
      expect(typeof sentBack.at(-1)).toBe('string');
    } finally {
      answer = { ok: true };
    }
  });

  it('sends a small request whole, and the host refuses a part that names no request', async () => {
    calls.length = 0;
    await api.invoke('draft:list');
    await api.invoke('draft:write', { draftId: 'small' });
    expect(calls.map((c) => c.part)).toEqual([undefined, undefined]);
    expect(received.at(-1)).toEqual({ draftId: 'small' });
    expect(() => parts.take('page', 'x', { id: -1, last: true })).toThrow(/malformed/);
    expect(() => parts.take('page', { not: 'text' }, { id: 1, last: true })).toThrow(/malformed/);
  });

  it('installs in a page when the host runs under tsx (npm run start:chromium, the benchmarks), whose build keeps function names', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/unit/main/chromium/bridgeInPage.mts'], { encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual({ invoke: 'function', on: 'function' });
  }, 60_000);
});
