import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createRunHandlers } from '../../../../main/ipc/runHandlers';
import { dispatch, type HandlerTable } from '../../../../main/ipc/handlers';
import type { CallContext, ProjectorPort } from '../../../../main/ipc/ports';
import { createServices } from '../../../../main/services';
import { useTempDir } from '../../helpers/tempDir';

const LINK = '2b9f0c4e-8d1a-4e6b-9c3d-5a7f1e2d4c6b';
const item = { kind: 'item' as const, title: 'Uppföljning av åtgärder', plannedMinutes: 15, notes: '', owner: 'Karin', pinnedStart: null };

function harness(dataDir: string, projector?: ProjectorPort) {
  const services = createServices({ dataDir, writeOptions: { retryForMs: 100 } });
  // Only the run channels are bound here; the full table is tested in handlers.test.ts.
  const table = createRunHandlers(services) as unknown as HandlerTable;
  const ctx: CallContext = { window: { setState: vi.fn(), closeConfirmed: vi.fn() }, projector };
  return { services, call: (channel: string, req?: unknown) => dispatch(table, channel, req, ctx) };
}

describe('run-mode channels', () => {
  const dir = useTempDir();

  it('timer preferences start at 20 % and 5 % with the chime on, and changes are kept in the data folder', async () => {
    const { call } = harness(dir.path);
    expect(await call('timer:preferences')).toEqual({ warnAtPercent: 20, urgentAtPercent: 5, chime: true, boardOnProjector: false });
    expect(await call('timer:setPreferences', { chime: false, warnAtPercent: 25 })).toEqual({ warnAtPercent: 25, urgentAtPercent: 5, chime: false, boardOnProjector: false });
    expect(await call('timer:setPreferences', { boardOnProjector: true })).toEqual({ warnAtPercent: 25, urgentAtPercent: 5, chime: false, boardOnProjector: true });
    expect(await harness(dir.path).call('timer:preferences')).toEqual({ warnAtPercent: 25, urgentAtPercent: 5, chime: false, boardOnProjector: true });
  });

  it('reads a preferences file written before the projector board existed, with the board off', async () => {
    await writeFile(join(dir.path, 'timer.json'), JSON.stringify({ warnAtPercent: 30, urgentAtPercent: 10, chime: false }));
    expect(await harness(dir.path).call('timer:preferences')).toEqual({ warnAtPercent: 30, urgentAtPercent: 10, chime: false, boardOnProjector: false });
  });

  it('refuses a threshold outside 0–100 %', async () => {
    await expect(harness(dir.path).call('timer:setPreferences', { warnAtPercent: 140 })).rejects.toThrow(/invalid request/);
  });

  it('saves an agenda as a template, lists it, replaces it under the same name and deletes it', async () => {
    const { call } = harness(dir.path);
    expect(await call('templates:list')).toEqual([]);
    const [saved] = (await call('templates:save', { name: 'Förbättringsgrupp', items: [item] })) as { id: string; name: string }[];
    expect(saved).toMatchObject({ name: 'Förbättringsgrupp', items: [item] });
    const replaced = (await call('templates:save', { name: 'förbättringsgrupp ', items: [item, { ...item, title: 'Nya idéer' }] })) as { id: string; items: unknown[] }[];
    expect(replaced).toHaveLength(1);
    expect(replaced[0]?.items).toHaveLength(2);
    expect(JSON.parse(await readFile(join(dir.path, 'agenda-templates.json'), 'utf8')).templates).toHaveLength(1);
    expect(await call('templates:delete', { id: replaced[0]?.id })).toEqual([]);
  });

  it('a damaged templates file is set aside and the list starts empty', async () => {
    await writeFile(join(dir.path, 'agenda-templates.json'), '{ not json');
    expect(await harness(dir.path).call('templates:list')).toEqual([]);
  });

  it('refuses a template without a name', async () => {
    await expect(harness(dir.path).call('templates:save', { name: '   ', items: [] })).rejects.toThrow(/invalid request/);
  });

  it('the projector channels go to the calling window’s projector', async () => {
    const projector: ProjectorPort = {
      displays: vi.fn(async () => [{ id: 2, label: 'Projector', primary: false, width: 1920, height: 1080 }]),
      open: vi.fn(async (displayId: number | null) => ({ status: 'opened' as const, displayId })),
      close: vi.fn(async () => undefined),
    };
    const { call } = harness(dir.path, projector);
    expect(await call('projector:displays')).toHaveLength(1);
    expect(await call('projector:open', { displayId: 2, link: LINK })).toEqual({ status: 'opened', displayId: 2 });
    expect(await call('projector:close')).toEqual({ ok: true });
    expect(projector.close).toHaveBeenCalledOnce();
  });

  it('a host without a projector says so instead of failing silently', async () => {
    const { call } = harness(dir.path);
    expect(await call('projector:displays')).toEqual([]);
    expect(await call('projector:open', { displayId: null, link: LINK })).toMatchObject({ status: 'failed' });
  });
});
