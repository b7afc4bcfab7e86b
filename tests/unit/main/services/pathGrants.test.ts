import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../../../main/services/pathGrants';

describe('paths the user chose', () => {
  it('a path nobody chose is not allowed', () => {
    expect(new PathGrants().has('/home/karin/a.verkstad')).toBe(false);
  });

  it('a chosen path is allowed, and is returned in its normalised form', () => {
    const grants = new PathGrants();
    const chosen = join('/home/karin', 'möten', '..', 'a.verkstad');
    expect(grants.grant(chosen)).toBe(resolve('/home/karin/a.verkstad'));
    expect(grants.has('/home/karin/a.verkstad')).toBe(true);
  });

  it('the same file named in another way (with ..) is recognised as the chosen one', () => {
    const grants = new PathGrants();
    grants.grant('/home/karin/a.verkstad');
    expect(grants.has('/home/karin/x/../a.verkstad')).toBe(true);
  });

  it('choosing one file does not allow its neighbours', () => {
    const grants = new PathGrants();
    grants.grant('/home/karin/a.verkstad');
    expect(grants.has('/home/karin/a.verkstad.bak')).toBe(false);
    expect(grants.has('/home/karin/b.verkstad')).toBe(false);
  });
});
