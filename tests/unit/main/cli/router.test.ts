import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/io';
import { runCli } from '../../../../main/cli/router';

function io(lang: CliIo['lang'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), lang, cwd: '/' }, out, err };
}

describe('the command router', () => {
  it('an unknown --lang is a usage error, not a silent fallback', async () => {
    const { io: cli, err } = io();
    expect(await runCli(['--lang', 'de', 'metrics', 'x.verkstad'], cli)).toBe(2);
    expect(err.join('\n')).toContain('Unknown option “--lang de”.');
  });

  it('--lang may stand anywhere and applies to the command', async () => {
    const { io: cli, err } = io('en');
    expect(await runCli(['metrics', '--lang', 'sv'], cli)).toBe(2);
    expect(err.join('\n')).toContain('Kommandot ”metrics” behöver en fil');
  });

  it('two files for metrics is a usage error', async () => {
    const { io: cli, err } = io();
    expect(await runCli(['metrics', 'a.verkstad', 'b.verkstad'], cli)).toBe(2);
    expect(err[0]).toContain('verkstad metrics <file.verkstad> [--json]');
  });
});
