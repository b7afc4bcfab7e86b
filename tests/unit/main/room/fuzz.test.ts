import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadParticipantPage, startRoomServer, type RoomServer } from '../../../../main/services/room/server';
import type { RoomLimits } from '../../../../main/services/room/room';
import { MAX_FRAME_BYTES, PhoneMessage, phoneMessageTypes, type RoomActivity } from '../../../../shared/room/protocol';
import { TestPhone, writeTestPage } from '../../helpers/phoneClient';
import { useTempDir } from '../../helpers/tempDir';

/**
 * The room server under hostile input: 10,000 random and malformed messages of every message
 * type, wrong tokens, oversized frames and floods. Every one must be refused, nothing may land in
 * the room's results, and a real phone must still be served afterwards.
 */

const PER_TYPE = 10_000;
const OPEN: Record<string, RoomActivity> = {
  answer: { kind: 'poll', id: 'poll-open', question: 'Hur gick det?', poll: { type: 'scale', min: 1, max: 6, lowLabel: '', highLabel: '' } },
  dots: { kind: 'dots', id: 'dots-open', prompt: '', boardId: 'b', dotsPerPerson: 3, stickies: [{ id: 's1', text: 'Ett' }, { id: 's2', text: 'Två' }] },
  idea: { kind: 'ideas', id: 'ideas-open', prompt: '', boardId: 'b' },
};

/** A valid message of each type, which the generators break in every way they can. */
const valid: Record<(typeof phoneMessageTypes)[number], Record<string, unknown>> = {
  hello: { type: 'hello', device: '0123456789abcdef0123456789abcdef' },
  identify: { type: 'identify', identity: { kind: 'named', name: 'Anna' } },
  answer: { type: 'answer', activityId: 'poll-open', answer: { kind: 'scale', value: 3 } },
  dots: { type: 'dots', activityId: 'dots-open', stickyIds: ['s1', 's2'] },
  idea: { type: 'idea', activityId: 'ideas-open', ideaId: '6f1c8f8e-8d7c-4b7a-9d7e-1f2a3b4c5d6e', text: 'Färre möten' },
  hand: { type: 'hand', raised: true },
};

function malformed(type: keyof typeof valid): fc.Arbitrary<string> {
  const base = valid[type];
  const keys = Object.keys(base);
  const junk = fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true });
  return fc.oneof(
    // One field replaced by anything (including nested objects, arrays, huge numbers, odd strings).
    fc.constantFrom(...keys).chain((key) => junk.map((value) => JSON.stringify({ ...base, [key]: value }))),
    // One field removed.
    fc.constantFrom(...keys).map((key) => JSON.stringify(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)))),
    // An extra field.
    fc.tuple(fc.string({ maxLength: 20 }), junk).map(([key, value]) => JSON.stringify({ ...base, [key === 'type' ? 'x' : key]: value })),
    // Inner values of the right shape with wrong contents.
    fc.record({ s: fc.string({ unit: 'binary', maxLength: 400 }), n: fc.oneof(fc.double(), fc.integer()) }).map(({ s, n }) =>
      JSON.stringify(JSON.parse(JSON.stringify(base), (_k, v: unknown) => (typeof v === 'string' && v !== type ? s : typeof v === 'number' ? n : v))),
    ),
    // Not JSON, or JSON that is not an object.
    fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `${type}${s}`),
    junk.map((value) => JSON.stringify([type, value]) ?? 'null'),
  );
}

/** Only inputs that must be refused: not the contract, or aimed at an activity that is not open. */
function mustBeRefused(text: string, type: keyof typeof valid): boolean {
  if (Buffer.byteLength(text) > MAX_FRAME_BYTES) return false;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return true;
  }
  const parsed = PhoneMessage.safeParse(json);
  if (!parsed.success) return true;
  const message = parsed.data;
  if (message.type === 'hello' || message.type === 'hand') return false;
  // The phone is identified already (or, fuzzing hello, not yet): a second identify is refused.
  if (message.type === 'identify') return true;
  const open = OPEN[type];
  if (!open || message.activityId !== open.id) return true;
  if (message.type === 'answer') return !(message.answer.kind === 'scale' && message.answer.value >= 1 && message.answer.value <= 6);
  if (message.type === 'dots') return !(message.stickyIds.length <= 3 && message.stickyIds.every((id) => id === 's1' || id === 's2'));
  return false;
}

function samples(type: keyof typeof valid): string[] {
  const out: string[] = [];
  let seed = 1;
  while (out.length < PER_TYPE) {
    for (const text of fc.sample(malformed(type), { numRuns: 2_000, seed: seed++ })) if (mustBeRefused(text, type) && out.length < PER_TYPE) out.push(text);
  }
  return out;
}

describe('the room server under hostile input', { timeout: 120_000 }, () => {
  const dir = useTempDir('verkstad-fuzz-');
  let server: RoomServer;
  let ws: string;

  const start = async (limits: Partial<RoomLimits>) => {
    const page = await loadParticipantPage(await writeTestPage(dir.path));
    server = await startRoomServer({ host: '127.0.0.1', port: 0, page, workshop: { title: 'Fuzz', language: 'en', roster: [{ id: 'p1', name: 'Anna' }] }, limits, onChange: () => undefined });
    ws = `ws://127.0.0.1:${server.port}/ws/${server.token}`;
  };
  afterEach(async () => {
    await server.close();
  });

  /** A real phone can still join, answer and be counted. */
  const stillServes = async () => {
    server.room.endActivity();
    server.room.startActivity({ ...OPEN.answer!, id: 'after' } as RoomActivity);
    const phone = await TestPhone.connect(ws);
    await phone.hello();
    const you = phone.next('you');
    phone.send({ type: 'identify', identity: { kind: 'anonymous' } });
    await you;
    const ok = phone.next('accepted');
    phone.send({ type: 'answer', activityId: 'after', answer: { kind: 'scale', value: 6 } });
    await ok;
    expect(server.room.live()).toEqual({ kind: 'scale', counts: [0, 0, 0, 0, 0, 1], answers: 1 });
    phone.close();
  };

  it.each(phoneMessageTypes.map((type) => [type]))('10,000 malformed “%s” messages are all refused and change nothing', async (type) => {
    await start({ messagesPer10s: 1_000_000 });
    const open = OPEN[type];
    if (open) server.room.startActivity(open);
    const phone = await TestPhone.connect(ws);
    if (type !== 'hello') {
      await phone.hello();
      const you = phone.next('you');
      phone.send({ type: 'identify', identity: { kind: 'anonymous' } });
      await you;
    }
    const before = phone.messages.length;
    const inputs = samples(type);
    expect(inputs).toHaveLength(PER_TYPE);
    const all = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (phone.messages.length - before >= PER_TYPE) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    for (const text of inputs) phone.send(text);
    await all;
    const replies = phone.messages.slice(before);
    expect(replies.filter((m) => m.type !== 'refused')).toEqual([]);
    expect(server.room.deviceList().length).toBe(type === 'hello' ? 0 : 1);
    const live = server.room.live();
    if (live?.kind === 'scale') expect(live.answers).toBe(0);
    if (live?.kind === 'dots') expect(live.dots).toBe(0);
    if (live?.kind === 'ideas') expect(live.ideas).toBe(0);
    expect(server.room.hands()).toEqual([]);
    phone.close();
    await stillServes();
  });

  it('wrong tokens are not found, over HTTP and WebSocket', async () => {
    await start({});
    const tokens = fc.sample(
      fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('..', '%2e%2e%2f', server.token.slice(0, 42), `${server.token}x`, server.token.toLowerCase(), ''),
      ),
      { numRuns: 300, seed: 7 },
    ).filter((t) => t !== server.token);
    for (const token of tokens) {
      const page = await fetch(`http://127.0.0.1:${server.port}/j/${encodeURIComponent(token)}`);
      // `/j/..` is normalised to `/` by the client: the code page, which holds no secret.
      if (new URL(page.url).pathname.startsWith('/j/')) expect([404, 400]).toContain(page.status);
      expect(await page.text()).not.toContain(server.token);
    }
    for (const token of tokens.slice(0, 100)) {
      await expect(TestPhone.connect(`ws://127.0.0.1:${server.port}/ws/${encodeURIComponent(token)}`)).rejects.toThrow(/HTTP 40[04]/);
    }
    await stillServes();
  });

  it('oversized frames close only the sender’s socket', async () => {
    await start({});
    for (const size of [MAX_FRAME_BYTES + 1, 65_536, 1_000_000]) {
      const phone = await TestPhone.connect(ws);
      await phone.hello();
      phone.send(Buffer.alloc(size, 0x7b));
      expect(await phone.closed()).toBe(1009);
    }
    await stillServes();
  });

  it('a flood from one phone is refused and then cut off; other phones are still served', async () => {
    await start({});
    const flooder = await TestPhone.connect(ws);
    await flooder.hello();
    for (let i = 0; i < 5_000 && flooder.closeCode === null; i++) flooder.send({ type: 'hand', raised: i % 2 === 0 });
    expect(await flooder.closed()).toBe(4008);
    expect(flooder.messages.some((m) => m.type === 'refused' && m.reason === 'tooFast')).toBe(true);
    // 100 connections at once, each sending garbage.
    const crowd = await Promise.all(Array.from({ length: 100 }, () => TestPhone.connect(ws)));
    for (const phone of crowd) for (let i = 0; i < 20; i++) phone.send(`{"type":"answer","x":${i}}`);
    await Promise.all(crowd.map((p) => p.next('refused')));
    for (const phone of crowd) phone.close();
    await stillServes();
  });
});
