import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ScriptedDialogs } from '../../../../main/chromium/dialogs';
import { createHandlers, dispatch } from '../../../../main/ipc/handlers';
import { createServices } from '../../../../main/services';
import { fixturesDir } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';

describe('drawio:import', () => {
  const tmp = useTempDir();
  const harness = () => {
    const dialogs = new ScriptedDialogs();
    const table = createHandlers({ services: createServices({ dataDir: tmp.path }), dialogs, host: { host: 'chromium', version: 'test', platform: 'linux', osLocale: 'sv-SE' } });
    const call = () => dispatch(table, 'drawio:import', undefined, { window: { setState: vi.fn(), closeConfirmed: vi.fn() } });
    return { dialogs, call };
  };

  it('reads the file the user picked and answers with boards and the import report', async () => {
    const { dialogs, call } = harness();
    dialogs.answerOpen(join(fixturesDir, 'drawio', 'vsm-hemtjanst.drawio'));
    const result = (await call()) as { status: string; fileName: string; boards: { name: string }[] };
    expect(result).toMatchObject({ status: 'imported', fileName: 'vsm-hemtjanst.drawio' });
    expect(result.boards.map((b) => b.name)).toEqual(['Hemtjänst – nuläge']);
    expect(dialogs.asked.at(-1)).toEqual({ dialog: 'open', subject: 'drawio,xml' });
  });

  it('a damaged file, a missing file and a canceled dialog: the reason, and no boards', async () => {
    const { dialogs, call } = harness();
    const broken = join(tmp.path, 'trasig.drawio');
    await writeFile(broken, '<mxfile><diagram name="Sida 1">inte base64!</diagram></mxfile>');
    dialogs.answerOpen(broken).answerOpen(join(tmp.path, 'borta.drawio')).answerOpen(null);
    expect(await call()).toMatchObject({ status: 'failed', fileName: 'trasig.drawio', problem: 'damaged' });
    expect(await call()).toMatchObject({ status: 'failed', fileName: 'borta.drawio', problem: 'notFound' });
    expect(await call()).toEqual({ status: 'canceled' });
  });
});
