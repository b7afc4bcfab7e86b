import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../../../main/services/pathGrants';
import { useTempDir } from '../../helpers/tempDir';

describe('paths the user chose', () => {
  const tmp = useTempDir();

  it('a path nobody chose is not allowed', () => {
    expect(new PathGrants().has('/home/karin/a.verkstad')).toBe(false);
  });

  it('a chosen path is allowed, and is returned in its normalised form', async () => {
    const grants = new PathGrants();
    const chosen = join('/home/karin', 'möten', '..', 'a.verkstad');
    expect(await grants.grant(chosen)).toBe(resolve('/home/karin/a.verkstad'));
    expect(grants.has('/home/karin/a.verkstad')).toBe(true);
  });

  it('the same file named in another way (with ..) is recognised as the chosen one', async () => {
    const grants = new PathGrants();
    await grants.grant('/home/karin/a.verkstad');
    expect(grants.has('/home/karin/x/../a.verkstad')).toBe(true);
  });

  it('choosing one file does not allow its neighbours', async () => {
    const grants = new PathGrants();
    await grants.grant('/home/karin/a.verkstad');
    expect(grants.has('/home/karin/a.verkstad.bak')).toBe(false);
    expect(grants.has('/home/karin/b.verkstad')).toBe(false);
  });

  it('a path never chosen may not be written', async () => {
    await expect(new PathGrants().resolveForWrite(join(tmp.path, 'a.verkstad'))).rejects.toMatchObject({ code: 'ENOTGRANTED' });
  });

  // A link swapped in after the grant redirected the write outside what the user chose.
  it('a chosen file or folder replaced by a link since the choice is refused at write time', async () => {
    const folder = join(tmp.path, 'möten');
    const elsewhere = join(tmp.path, 'annanstans');
    await mkdir(folder);
    await mkdir(elsewhere);
    await writeFile(join(folder, 'a.verkstad'), '{}');
    await writeFile(join(elsewhere, 'a.verkstad'), '{}');
    const grants = new PathGrants();
    const chosen = await grants.grant(join(folder, 'a.verkstad'));
    expect(await grants.resolveForWrite(chosen)).toBe(join(folder, 'a.verkstad'));
    await rename(folder, join(tmp.path, 'undan'));
    await symlink(elsewhere, folder);
    await expect(grants.resolveForWrite(chosen)).rejects.toMatchObject({ code: 'ETARGETCHANGED' });
  });

  it('a link the user chose is followed to the file it led to then', async () => {
    await writeFile(join(tmp.path, 'riktig.verkstad'), '{}');
    await symlink(join(tmp.path, 'riktig.verkstad'), join(tmp.path, 'genväg.verkstad'));
    const grants = new PathGrants();
    const chosen = await grants.grant(join(tmp.path, 'genväg.verkstad'));
    expect(await grants.resolveForWrite(chosen)).toBe(join(tmp.path, 'riktig.verkstad'));
  });
});
