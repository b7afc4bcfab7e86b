import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodFixtures } from '../../helpers/fixtures';

const root = resolve(import.meta.dirname, '../../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const fixture = (name: string) => goodFixtures().find((f) => f.name === name)!.path;

function verkstad(args: string[], lang = 'en_GB.UTF-8') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', INIT_CWD: root };
  const result = spawnSync(tsx, [join(root, 'main/cli/index.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('verkstad kpi', { timeout: 60_000 }, () => {
  it('--json prints every KPI in the documented shape', () => {
    const result = verkstad(['kpi', fixture('v3/board-meeting.verkstad'), '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { kpis: Record<string, unknown>[] };
    expect(json.kpis.map((k) => k.name)).toEqual(['Kompletta ansökningar', 'Ledtid bygglov', 'Sjukfrånvaro']);
    expect(json.kpis[0]).toEqual({
      id: 'kpi-1',
      name: 'Kompletta ansökningar',
      unit: '%',
      direction: 'higher',
      target: 90,
      tolerance: 5,
      period: 'week',
      latest: { period: '2026-W11', value: expect.any(Number) },
      status: expect.stringMatching(/^(green|yellow|red)$/),
      trend: expect.stringMatching(/^(up|down|flat)$/),
    });
  });

  it('prints one line per KPI in the chosen language, status as a word and a marker', () => {
    const result = verkstad(['kpi', fixture('v3/team-realistic.verkstad'), '--lang', 'sv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Bygglovsenheten: 12 nyckeltal');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^[●▲■–] Kompletta ansökningar: \d+,\d % \(Vecka 11 2026\) – (Grön|Gul|Röd) · Mål ≥ 90 %, tolerans 5 · Trend /);
  });

  it('a workshop without a goal board has no KPIs', () => {
    const none = verkstad(['kpi', fixture('v2/record.verkstad')]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No KPIs in');
    expect(JSON.parse(verkstad(['kpi', fixture('v2/record.verkstad'), '--json']).stdout)).toEqual({ kpis: [] });
  });

  it('a wrong option or no file is a usage error', () => {
    expect(verkstad(['kpi', fixture('v2/record.verkstad'), '--csv']).code).toBe(2);
    expect(verkstad(['kpi']).code).toBe(2);
  });
});
