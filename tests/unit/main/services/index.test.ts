import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, suggestedFileName, withWorkshopExtension } from '../../../../main/services';
import { fileProblemText } from '../../../../shared/i18n/fileProblem';
import { badFixture, goodFixtures } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';

describe('file names of workshops', () => {
  it('a chosen name without the extension gets .verkstad', () => {
    expect(withWorkshopExtension('/home/karin/Möte')).toBe('/home/karin/Möte.verkstad');
  });

  it('a name that already ends in .verkstad, in any case, is kept', () => {
    expect(withWorkshopExtension('/a/Möte.verkstad')).toBe('/a/Möte.verkstad');
    expect(withWorkshopExtension('/a/Möte.VERKSTAD')).toBe('/a/Möte.VERKSTAD');
  });

  it('a name with another extension gets .verkstad added, not replaced', () => {
    expect(withWorkshopExtension('/a/möte.2026.03')).toBe('/a/möte.2026.03.verkstad');
  });

  it('the suggested name is the title without characters that file systems refuse', () => {
    expect(suggestedFileName('VSM: intag/utskrivning? "v12"', 'Namnlös')).toBe('VSM intag utskrivning v12.verkstad');
  });

  it('a workshop without a title is suggested under the fallback name', () => {
    expect(suggestedFileName('  ', 'Namnlös workshop')).toBe('Namnlös workshop.verkstad');
  });

  it('a very long title is shortened in the suggested name', () => {
    expect(suggestedFileName('x'.repeat(500), 'f')).toBe(`${'x'.repeat(120)}.verkstad`);
  });
});

describe('opening a file the user chose', () => {
  const tmp = useTempDir();

  it('the opened file is allowed for saving and appears in the recent list', async () => {
    const services = createServices({ dataDir: tmp.path });
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path, path);
    const result = await services.openChosenPath(path);
    expect(result.status).toBe('opened');
    expect(services.grants.has(path)).toBe(true);
    expect((await services.recent.list()).map((e) => e.path)).toEqual([path]);
  });

  it('a file that fails to open is not added to the recent list', async () => {
    const services = createServices({ dataDir: tmp.path });
    const path = join(tmp.path, 'trasig.verkstad');
    await copyFile(badFixture('not-json.verkstad'), path);
    expect(await services.openChosenPath(path)).toMatchObject({ status: 'failed', problem: 'notJson' });
    expect(await services.recent.list()).toEqual([]);
    expect(await readFile(path)).toEqual(await readFile(badFixture('not-json.verkstad')));
  });

  it('a missing file reads as never there, or as moved or deleted when it was opened before; a folder as a folder', async () => {
    const services = createServices({ dataDir: tmp.path });
    const never = await services.openChosenPath(join(tmp.path, 'finns-inte.verkstad'));
    expect(never).toMatchObject({ status: 'failed', problem: 'noSuchFile' });

    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path, path);
    expect((await services.openChosenPath(path)).status).toBe('opened');
    await rm(path);
    const gone = await services.openChosenPath(path);
    expect(gone).toMatchObject({ status: 'failed', problem: 'moved' });

    const folder = join(tmp.path, 'mapp.verkstad');
    await mkdir(folder);
    const asFile = await services.openChosenPath(folder);
    expect(asFile).toMatchObject({ status: 'failed', problem: 'isFolder' });

    const said = [never, gone, asFile].map((r) => (r.status === 'failed' ? fileProblemText('sv', r.problem) : r.status));
    expect(said).toEqual(['Filen finns inte.', 'Filen har flyttats eller tagits bort sedan den öppnades senast.', 'Det här är en mapp, inte en fil.']);
  });
});
