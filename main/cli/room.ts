import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { room as roomStrings } from '../../shared/i18n/areas/room';
import type { Workshop } from '../../shared/model/workshop';
import { newId } from '../../shared/model/ids';
import { stickiesOf } from '../../shared/record/dotVotes';
import { applyActivityResult, applyCheckIns, applyIdeas, checkInsOf } from '../../shared/room/apply';
import type { RoomActivity } from '../../shared/room/protocol';
import type { RoomUpdate } from '../../shared/room/status';
import { fill } from '../../shared/vsm/format';
import { FILE_EXTENSION } from '../services';
import { RoomService } from '../services/room/service';
import { WorkshopFiles } from '../services/workshopFile';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readWorkshopInput } from './workshopInput';
import { parseCommandArgs } from './args';

const USAGE = 'verkstad room <file.verkstad> [--host 127.0.0.1] [--port N]';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RoomCommandHooks {
  /** Lines of commands (the terminal's standard input); null: none. */
  commands?: AsyncIterable<string> | null;
  /** Resolves when the room should close and save (Ctrl+C). */
  stop: Promise<void>;
  pageDir?: string;
}

/**
 * `verkstad room <file>`: opens the room for a workshop file without the app. The first line
 * printed is `Join: <address>`; check-ins and ideas are taken into the document as they come,
 * polls and dot votes when they are ended, and on Ctrl+C everything is saved into the file with
 * the app's durable save. Activities are opened with commands on standard input (docs/cli.md).
 */
export async function roomCommand(args: readonly string[], io: CliIo, hooks: RoomCommandHooks): Promise<ExitCode> {
  const s = roomStrings[io.lang].cli;
  const parsed = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' } });
  if (!parsed.ok && parsed.option === '--port') {
    io.err(`${fill(s.badPort, { value: '' })}\n${s.usage}: ${USAGE}`);
    return EXIT.usage;
  }
  if (!parsed.ok || parsed.files.length > 1) {
    io.err(`${fill(s.unknownArgument, { argument: parsed.ok ? parsed.files[1]! : parsed.option })}\n${s.usage}: ${USAGE}`);
    return EXIT.usage;
  }
  const file = parsed.files[0];
  const host = typeof parsed.values.host === 'string' ? parsed.values.host : '127.0.0.1';
  let port: number | null = null;
  if (typeof parsed.values.port === 'string') {
    const value = Number(parsed.values.port);
    if (!Number.isInteger(value) || value < 0 || value > 65_535) {
      io.err(`${fill(s.badPort, { value: parsed.values.port })}\n${s.usage}: ${USAGE}`);
      return EXIT.usage;
    }
    port = value;
  }
  if (file === undefined) {
    io.err(`${s.usage}: ${USAGE}`);
    return EXIT.usage;
  }
  const read = await readWorkshopInput(file, io);
  if (!read.ok) {
    io.err(read.lines.join('\n'));
    return EXIT.fileProblem;
  }
  if (read.result.readOnly) {
    io.err(fill(s.readOnly, { file: read.path }));
    return EXIT.fileProblem;
  }
  const files = new WorkshopFiles();
  const opened = await files.open(read.path);
  if (opened.status !== 'opened') {
    io.err(fill(s.cannotOpen, { file: read.path, detail: opened.status === 'failed' ? opened.detail : '' }));
    return EXIT.fileProblem;
  }
  let doc: Workshop = structuredClone(opened.document);
  const language = doc.header.language ?? io.lang;
  const heading = roomStrings[language].inbox.heading;
  const appliedCheckIns = new Set<string>();
  const appliedIdeas = new Set<string>();

  const service = new RoomService({ pageDir: hooks.pageDir ?? join(repoRoot, 'out/participant') });
  const onUpdate = ({ status, newIdeas }: RoomUpdate) => {
    const checkIns = checkInsOf(status.devices).filter((c) => !appliedCheckIns.has(c.key));
    for (const c of checkIns) {
      appliedCheckIns.add(c.key);
      io.out(fill(s.checkedIn, { name: c.name, time: c.arrivedAt }));
    }
    applyCheckIns(doc, checkIns);
    const ideas = newIdeas.filter((i) => !appliedIdeas.has(i.id));
    for (const idea of ideas) appliedIdeas.add(idea.id);
    if (ideas.length > 0) {
      applyIdeas(doc, ideas, heading);
      io.out(fill(s.ideas, { count: String(ideas.length) }));
    }
  };
  const roster = () => doc.participants.map((p) => ({ id: p.id, name: p.name }));
  const result = await service.open({ host, port, workshop: { title: doc.header.title, language, roster: roster() } }, 'cli', { update: onUpdate });
  if (result.status === 'failed') {
    io.err(fill(s.cannotStart, { host, detail: result.detail }));
    return EXIT.fileProblem;
  }
  io.out(`Join: ${result.room.join.url}`);
  io.out(fill(s.code, { url: result.room.join.shortUrl, code: result.room.join.code }));
  io.out(s.commands);

  const end = () => {
    const ended = service.endActivity();
    if (!ended) return;
    if (ended.kind === 'ideas') {
      const ideas = ended.ideas.filter((i) => !appliedIdeas.has(i.id));
      for (const idea of ideas) appliedIdeas.add(idea.id);
      applyIdeas(doc, ideas, heading);
    } else applyActivityResult(doc, ended, heading);
    io.out(s.ended);
  };

  const command = (line: string) => {
    const activity = parseActivity(line.trim(), doc, s);
    if (activity === 'end') return end();
    if (activity === 'status') {
      const live = service.snapshot()?.status.live;
      return io.out(live ? JSON.stringify(live) : s.nothingOpen);
    }
    if (typeof activity === 'string') return io.err(activity);
    if (activity === null) return;
    const ideasBoard = activity.kind === 'ideas' ? activity.boardId : null;
    if (ideasBoard !== null && !doc.boards.some((b) => b.id === ideasBoard)) {
      doc = { ...doc, boards: [...doc.boards, { id: ideasBoard, name: s.ideasBoard, shapes: [], connectors: [] }] };
    }
    end();
    try {
      service.startActivity(activity);
      io.out(fill(s.opened, { kind: activity.kind }));
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
    }
  };

  const reading = (async () => {
    if (!hooks.commands) return;
    for await (const line of hooks.commands) command(line);
  })();

  await hooks.stop;
  end();
  await service.close();
  void reading.catch(() => undefined);

  const saved = await files.save(read.path, doc, opened.stamp, false);
  if (saved.status === 'saved') {
    io.out(fill(s.saved, { file: read.path }));
    return EXIT.ok;
  }
  // Someone changed the file while the room was open: keep theirs and put the room's beside it.
  const aside = join(dirname(read.path), `${basename(read.path, FILE_EXTENSION)} (${s.roomSuffix} ${new Date().toISOString().slice(0, 16).replace(':', '.')})${FILE_EXTENSION}`);
  const again = saved.status === 'conflict' ? await files.save(aside, doc, null, false) : saved;
  if (again.status === 'saved') {
    io.err(fill(s.savedAside, { file: read.path, aside }));
    return EXIT.fileProblem;
  }
  io.err(fill(s.notSaved, { file: read.path, detail: again.status === 'failed' ? again.detail : again.status }));
  return EXIT.fileProblem;
}

type CliStrings = Record<keyof (typeof roomStrings)['en']['cli'], string>;

/** One line of the command language (docs/cli.md) → an activity, `end`, `status`, an error message, or null (blank). */
export function parseActivity(line: string, doc: Workshop, s: CliStrings): RoomActivity | 'end' | 'status' | string | null {
  if (line === '') return null;
  const [word = '', ...rest] = line.split(/\s+/);
  if (word === 'end') return 'end';
  if (word === 'status') return 'status';
  if (word === 'poll') {
    const [type, ...more] = rest;
    if (type === 'scale') {
      const [min, max, ...question] = more;
      const lo = Number(min);
      const hi = Number(max);
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi <= lo || lo < 0 || hi > 10 || question.length === 0) return s.badCommand;
      return { kind: 'poll', id: newId(), question: question.join(' '), poll: { type: 'scale', min: lo, max: hi, lowLabel: '', highLabel: '' } };
    }
    if (type === 'choice') {
      const [question = '', ...options] = more.join(' ').split('|').map((part) => part.trim());
      if (question === '' || options.length < 2 || options.some((o) => o === '')) return s.badCommand;
      return { kind: 'poll', id: newId(), question, poll: { type: 'choice', options } };
    }
    if (type === 'text' && more.length > 0) return { kind: 'poll', id: newId(), question: more.join(' '), poll: { type: 'text' } };
    return s.badCommand;
  }
  if (word === 'dots') {
    const [count, ...prompt] = rest;
    const dots = Number(count);
    const stickies = stickiesOf(doc);
    const board = stickies[0]?.boardId;
    if (!Number.isInteger(dots) || dots < 1 || dots > 10) return s.badCommand;
    if (board === undefined) return s.noStickies;
    return {
      kind: 'dots',
      id: newId(),
      prompt: prompt.join(' '),
      boardId: board,
      dotsPerPerson: dots,
      stickies: stickies.filter((st) => st.boardId === board && st.text.trim() !== '').map((st) => ({ id: st.id, text: st.text.slice(0, 500) })).slice(0, 200),
    };
  }
  if (word === 'suggestions') return { kind: 'ideas', id: newId(), prompt: rest.join(' '), boardId: null };
  if (word === 'ideas') return { kind: 'ideas', id: newId(), prompt: rest.join(' '), boardId: doc.boards[0]?.id ?? newId() };
  return s.badCommand;
}

/** Standard input as lines, for the command language. */
export function stdinLines(): AsyncIterable<string> & { close(): void } {
  return createInterface({ input: process.stdin, terminal: false });
}
