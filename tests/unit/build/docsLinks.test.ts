import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/workshop';

const root = resolve(import.meta.dirname, '../../..');
const markdownFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];

/** The text of a Markdown file without fenced code blocks and code spans, where `[x](y)` is not a link. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** Inline links and images `[text](target "title")` and reference definitions `[label]: target`. */
function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

const isRelative = (target: string) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');

describe('the documentation', () => {
  it('finds links in prose but not in code', () => {
    expect(linkTargets('See [the CLI](cli.md#export), ![logo](../build/icon.png) and `[no](link.md)`.\n\n```\n[nor](this.md)\n```\n[ref]: architecture.md\n')).toEqual([
      'cli.md#export',
      '../build/icon.png',
      'architecture.md',
    ]);
  });

  it.each(markdownFiles)('every relative link in %s leads to a file or folder in the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const broken = linkTargets(text)
      .filter(isRelative)
      .map((target) => decodeURI(target.split('#')[0]!.split('?')[0]!))
      .filter((path) => path !== '')
      .filter((path) => !existsSync(resolve(root, dirname(file), path)))
      .map((path) => relative(root, resolve(root, dirname(file), path)));
    expect(broken).toEqual([]);
  });

  it.each(markdownFiles)('every repository path named in %s (`main/…`, `docs/…`, `../…`) is in the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
    const named = [...text.matchAll(/`((?:\.\.\/|(?:main|shared|renderer|preload|participant|tests|docs|build|\.ci)\/)[\w./@-]*)`/g)].map((m) => m[1]!);
    const missing = named.filter((path) => !existsSync(path.startsWith('../') ? resolve(root, dirname(file), path) : join(root, path)));
    expect(missing).toEqual([]);
  });

  it('file-format.md describes the current format version, each table row once', () => {
    const text = readFileSync(join(root, 'docs', 'file-format.md'), 'utf8');
    expect(text).toContain(`## Format version ${CURRENT_FORMAT_VERSION}\n`);
    // A table is a run of lines that start with "|"; a row written twice in one table is a slip.
    const tables = text.split(/\n(?!\|)/).map((block) => block.split('\n').filter((line) => line.startsWith('| `')));
    const repeated = tables.flatMap((rows) => rows.filter((row, i) => rows.indexOf(row) !== i));
    expect(repeated).toEqual([]);
  });
});
