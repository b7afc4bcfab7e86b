import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { Board } from '../../../../shared/model/board';
import { parseWorkshopText, serializeWorkshop } from '../../../../shared/model/load';
import { TestPhone, writeTestPage } from '../../helpers/phoneClient';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

const root = resolve(import.meta.dirname, '../../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('verkstad room (command line)', { timeout: 60_000 }, () => {
  const dir = useTempDir('verkstad-cli-room-');

  it('prints the join address first, takes check-ins, a poll and ideas, and saves them into the file on Ctrl+C', async () => {
    const doc = sampleWorkshop();
    doc.participants = [{ id: 'p1', name: 'Anna Berg', role: '', email: '', attendance: null, arrivedAt: null, prepared: null }];
    doc.boards = [Board.parse({ id: 'b1', name: 'Idéer' })];
    const file = join(dir.path, 'möte.verkstad');
    await writeFile(file, serializeWorkshop(doc));
    const page = await writeTestPage(join(dir.path, 'page'));
    const child = spawn(tsx, [join(root, 'main/cli/index.ts'), 'room', file, '--host', '127.0.0.1', '--port', '0', '--lang', 'en'], {
      cwd: root,
      env: { ...process.env, VERKSTAD_PARTICIPANT_DIR: page, INIT_CWD: dir.path },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const lines = createInterface({ input: child.stdout });
    const out: string[] = [];
    const waitFor = (test: (line: string) => boolean) =>
      new Promise<string>((done) => {
        const found = out.find(test);
        if (found) return done(found);
        const on = (line: string) => {
          if (test(line)) {
            lines.off('line', on);
            done(line);
          }
        };
        lines.on('line', on);
      });
    lines.on('line', (line) => out.push(line));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

    const first = await waitFor(() => true);
    expect(first).toMatch(/^Join: http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{43}$/);
    expect(out[0]).toBe(first);
    const ws = first.replace(/^Join: http/, 'ws').replace('/j/', '/ws/');

    const anna = await TestPhone.connect(ws);
    await anna.hello();
    anna.send({ type: 'identify', identity: { kind: 'listed', participantId: 'p1' } });
    await waitFor((l) => l.startsWith('Anna Berg checked in at'));

    child.stdin.write('poll scale 1 6 How was it?\n');
    await anna.next('activity', (m) => m.activity?.kind === 'poll');
    const ok = anna.next('accepted');
    anna.send({ type: 'answer', activityId: (anna.messages.findLast((m) => m.type === 'activity' && m.activity) as { activity: { id: string } }).activity.id, answer: { kind: 'scale', value: 5 } });
    await ok;
    child.stdin.write('ideas What steals time?\n');
    const ideas = await anna.next('activity', (m) => m.activity?.kind === 'ideas');
    const taken = anna.next('accepted');
    anna.send({ type: 'idea', activityId: ideas.activity!.id, ideaId: '6f1c8f8e-8d7c-4b7a-9d7e-1f2a3b4c5d6e', text: 'Fewer hand-overs' });
    await taken;
    await waitFor((l) => l.startsWith('New ideas on the board: 1'));

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out.at(-1)).toBe(`Saved the room’s results in ${file}.`);
    const saved = parseWorkshopText(await readFile(file, 'utf8'));
    if (!saved.ok) throw new Error(saved.detail);
    expect(saved.document.participants[0]).toMatchObject({ attendance: 'present', arrivedAt: expect.stringMatching(/^\d\d:\d\d$/) });
    expect(saved.document.polls).toEqual([expect.objectContaining({ question: 'How was it?', counts: [0, 0, 0, 0, 1, 0], fromRoom: true })]);
    expect(saved.document.boards[0]!.shapes.find((s) => s.type === 'sticky')).toMatchObject({ id: '6f1c8f8e-8d7c-4b7a-9d7e-1f2a3b4c5d6e', text: 'Fewer hand-overs' });
    // The previous version is kept as the backup, as every save does.
    expect(parseWorkshopText(await readFile(`${file}.bak`, 'utf8')).ok).toBe(true);
  });
});
