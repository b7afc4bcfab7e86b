import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const fixture = join(root, 'tests/fixtures/v2/vsm.verkstad');

function verkstad(args: string[], lang = 'en_GB.UTF-8') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', INIT_CWD: root };
  const result = spawnSync(tsx, [join(root, 'main/cli/index.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('verkstad metrics on drawn value-stream maps', { timeout: 120_000 }, () => {
  it('gives the hand-worked figures of the fixture’s two maps with --json', () => {
    const result = verkstad(['metrics', fixture, '--json']);
    expect(result.code).toBe(0);
    const [manufacturing, service] = (JSON.parse(result.stdout) as { boards: Record<string, unknown>[] }).boards;

    // Manufacturing: net available = 2 shifts × (8 h − 30 min) = 2 × 27 000 s = 54 000 s.
    // Demand 4 500 per week ÷ 5 working days = 900 per day; takt = 54 000 ÷ 900 = 60 s.
    // Inventories 4 500, 1 800, 2 700, 900, 3 600 pieces ÷ 900 per day = 5 + 2 + 3 + 1 + 4 = 15 days.
    // C/T 45 + 70 + 50 + 55 = 220 s; lead time = 15 × 54 000 + 220 = 810 220 s = 15.004074… days.
    // PCE = 220 ÷ 810 220 = 0.0271531… %.
    expect(manufacturing).toMatchObject({ name: 'VFA nuläge: konsoler', kind: 'manufacturing', taktSeconds: 60, valueAddedSeconds: 220, activityRatioPercent: null, rolledCompleteAccuratePercent: null, problems: [] });
    expect(manufacturing!['leadTimeDays']).toBeCloseTo(810_220 / 54_000, 12);
    expect(manufacturing!['pcePercent']).toBeCloseTo((220 / 810_220) * 100, 12);

    // Service: net available = 1 × (8 h − 1 h) = 25 200 s; demand 105 per week ÷ 5 = 21 per day;
    // takt = 25 200 ÷ 21 = 1 200 s. Step LTs 2 h + 3 d + 1 d = 7 200 + 75 600 + 25 200 s, waits
    // 5 d + 2,5 d = 126 000 + 63 000 s: lead time 297 000 s = 11.785714… working days.
    // PT 10 + 45 + 15 min = 4 200 s; activity ratio = 4 200 ÷ 297 000 = 1.4141… %.
    // Rolled %C&A = 0.80 × 0.90 × 0.95 = 68.4 %.
    expect(service).toMatchObject({ name: 'VFA nuläge: försörjningsstöd', kind: 'service', taktSeconds: 1200, valueAddedSeconds: 4200, problems: [] });
    expect(service!['leadTimeDays']).toBeCloseTo(297_000 / 25_200, 12);
    expect(service!['activityRatioPercent']).toBeCloseTo((4200 / 297_000) * 100, 12);
    expect(service!['pcePercent']).toBeCloseTo((4200 / 297_000) * 100, 12);
    expect(service!['rolledCompleteAccuratePercent']).toBeCloseTo(68.4, 12);
  });

  it('prints them rounded for reading in Swedish', () => {
    const result = verkstad(['metrics', fixture, '--lang', 'sv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('VFA nuläge: konsoler');
    expect(result.stdout).toMatch(/Takttid\s+60 s/);
    expect(result.stdout).toMatch(/Ledtid\s+11,8 arb\.d/);
    expect(result.stdout).toMatch(/68,4 %/);
  });
});
