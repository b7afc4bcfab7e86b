import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsService } from '../../../../main/services/settings';
import { useTempDir } from '../../helpers/tempDir';

describe('app settings', () => {
  const tmp = useTempDir();

  it('on first start no language is chosen, so the app follows the OS', async () => {
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: null });
  });

  it('a chosen language is kept after the app restarts', async () => {
    await new SettingsService(tmp.path).update({ language: 'nb' });
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: 'nb' });
  });

  it('an update answers with the settings now in effect', async () => {
    expect(await new SettingsService(tmp.path).update({ language: 'sv' })).toEqual({ language: 'sv' });
  });

  it('choosing "follow the OS" again (null) is kept too', async () => {
    const settings = new SettingsService(tmp.path);
    await settings.update({ language: 'sv' });
    await settings.update({ language: null });
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: null });
  });

  it('an update that sends a setting as undefined keeps its current value', async () => {
    const settings = new SettingsService(tmp.path);
    await settings.update({ language: 'sv' });
    expect(await settings.update({ language: undefined })).toEqual({ language: 'sv' });
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: 'sv' });
    expect((await readdir(tmp.path)).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('the settings file is readable JSON', async () => {
    await new SettingsService(tmp.path).update({ language: 'en' });
    expect(JSON.parse(await readFile(join(tmp.path, 'settings.json'), 'utf8'))).toEqual({ language: 'en' });
  });

  it('a damaged settings file is moved aside and the app starts from defaults', async () => {
    await writeFile(join(tmp.path, 'settings.json'), '{"language": "sv"');
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: null });
    const names = await readdir(tmp.path);
    expect(names.some((n) => /^settings\.json\.damaged-\d+$/.test(n))).toBe(true);
    expect(names).not.toContain('settings.json');
  });

  it('a settings file with a value this app does not know is treated as damaged', async () => {
    await writeFile(join(tmp.path, 'settings.json'), '{"language": "de"}');
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: null });
    expect((await readdir(tmp.path)).some((n) => n.startsWith('settings.json.damaged-'))).toBe(true);
  });

  it('after a damaged file, a new choice is saved to a fresh settings file and the damaged copy is kept', async () => {
    await writeFile(join(tmp.path, 'settings.json'), 'garbage');
    await new SettingsService(tmp.path).update({ language: 'sv' });
    expect(await new SettingsService(tmp.path).get()).toEqual({ language: 'sv' });
    const damaged = (await readdir(tmp.path)).find((n) => n.startsWith('settings.json.damaged-'));
    expect(damaged).toBeDefined();
    expect(await readFile(join(tmp.path, damaged!), 'utf8')).toBe('garbage');
  });

  it('settings are saved even when the data folder does not exist yet', async () => {
    const dataDir = join(tmp.path, 'Verkstad', 'data');
    await new SettingsService(dataDir).update({ language: 'sv' });
    expect(await new SettingsService(dataDir).get()).toEqual({ language: 'sv' });
  });
});
