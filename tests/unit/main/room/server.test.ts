import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRoomServer, loadParticipantPage, CODE_TRIES_PER_ADDRESS, CODE_LIFETIME_MS, type RoomServer } from '../../../../main/services/room/server';
import type { RoomActivity } from '../../../../shared/room/protocol';
import { TestPhone, writeTestPage } from '../../helpers/phoneClient';
import { useTempDir } from '../../helpers/tempDir';

const roster = [
  { id: 'p-anna', name: 'Anna Berg' },
  { id: 'p-olle', name: 'Olle Ek' },
];

const scale: RoomActivity = { kind: 'poll', id: 'poll-1', question: 'How well did we keep time?', poll: { type: 'scale', min: 1, max: 6, lowLabel: 'Badly', highLabel: 'Well' } };

describe('the room server (loopback)', { timeout: 20_000 }, () => {
  const dir = useTempDir('verkstad-room-');
  let server: RoomServer;
  let clock = new Date('2026-04-14T09:05:00');
  let base: string;
  let ws: string;
  let changes = 0;

  beforeEach(async () => {
    clock = new Date('2026-04-14T09:05:00');
    changes = 0;
    const page = await loadParticipantPage(await writeTestPage(dir.path));
    server = await startRoomServer({ host: '127.0.0.1', port: 0, page, workshop: { title: 'Förbättringsgrupp v. 16', language: 'sv', roster }, now: () => clock, onChange: () => (changes += 1) });
    base = `http://127.0.0.1:${server.port}`;
    ws = `ws://127.0.0.1:${server.port}/ws/${server.token}`;
  });
  afterEach(async () => {
    await server.close();
  });

  const joined = async (identity?: Parameters<TestPhone['send']>[0]) => {
    const phone = await TestPhone.connect(ws);
    await phone.hello();
    if (identity) {
      const you = phone.next('you');
      phone.send(identity);
      await you;
    }
    return phone;
  };

  it('serves the page at its join address with a strict CSP and no referrer; a wrong token is not found', async () => {
    const page = await fetch(`${base}/j/${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain('/assets/app.js');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/j/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2Findex.html`)).status).toBe(404);
    expect((await fetch(`${base}/etc/passwd`)).status).toBe(404);
  });

  it('sends the page and its assets compressed as the phone accepts, hashed assets cached for a year, the page never, the CSP on each', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const script = `console.log(${JSON.stringify('fas '.repeat(2_000))});`;
    await writeFile(join(dir.path, 'assets', 'index-DhaQIngo.js'), script);
    const page = await loadParticipantPage(dir.path);
    const other = await startRoomServer({ host: '127.0.0.1', port: 0, page, workshop: { title: '', language: 'en', roster: [] }, onChange: () => undefined });
    try {
      const { request } = await import('node:http');
      // fetch would decode by itself; the raw response shows what went over the network.
      const get = (path: string, acceptEncoding?: string) =>
        new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: other.port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          });
          req.on('error', reject);
          req.end();
        });
      const br = await get('/assets/index-DhaQIngo.js', 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['vary']).toContain('accept-encoding');
      expect(br.headers['content-security-policy']).toContain("default-src 'none'");
      expect(br.body.length).toBeLessThan(script.length / 10);
      expect(brotliDecompressSync(br.body).toString()).toBe(script);
      const gz = await get('/assets/index-DhaQIngo.js', 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(script);
      const plain = await get('/assets/index-DhaQIngo.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
      // Not hashed: the phone asks again each time.
      expect((await get('/assets/app.js', 'br')).headers['cache-control']).toBe('no-cache');
      const html = await get(`/j/${other.token}`, 'br');
      expect(html.headers['content-encoding']).toBe('br');
      expect(html.headers['cache-control']).toBe('no-store');
      expect(html.headers['content-security-policy']).toContain("script-src 'self'");
      expect(brotliDecompressSync(html.body).toString()).toContain('/assets/app.js');
      // Refusals are not cached either.
      expect((await get('/etc/passwd', 'br')).headers['cache-control']).toBe('no-store');
    } finally {
      await other.close();
    }
  });

  it('the token is 256 random bits and differs from room to room', () => {
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('the 6-digit code leads to the join address; a wrong one does not, and guessing is rate-limited', async () => {
    const post = (code: string) => fetch(`${base}/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const right = await post(server.code().code);
    expect(await right.json()).toEqual({ path: `/j/${server.token}` });
    const wrong = server.code().code === '000000' ? '000001' : '000000';
    expect((await post(wrong)).status).toBe(403);
    const statuses: number[] = [];
    for (let i = 0; i < CODE_TRIES_PER_ADDRESS; i++) statuses.push((await post(wrong)).status);
    expect(statuses.at(-1)).toBe(429);
    // Even the right code is refused once the address has used up its tries.
    expect((await post(server.code().code)).status).toBe(429);
  });

  it('the code expires', async () => {
    const code = server.code().code;
    clock = new Date(clock.getTime() + CODE_LIFETIME_MS + 1);
    const response = await fetch(`${base}/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'expired' });
  });

  it('refuses a WebSocket with a wrong token, or from another site’s page', async () => {
    await expect(TestPhone.connect(`ws://127.0.0.1:${server.port}/ws/${'x'.repeat(43)}`)).rejects.toThrow('HTTP 404');
    await expect(TestPhone.connect(ws, { origin: 'http://evil.example' })).rejects.toThrow('HTTP 404');
    const same = await TestPhone.connect(ws, { origin: base });
    same.close();
  });

  it('joining by name checks in with the arrival time; the name is then taken for others', async () => {
    const anna = await TestPhone.connect(ws);
    const welcome = await anna.hello();
    expect(welcome.title).toBe('Förbättringsgrupp v. 16');
    expect(welcome.roster).toEqual([
      { id: 'p-anna', name: 'Anna Berg', taken: false },
      { id: 'p-olle', name: 'Olle Ek', taken: false },
    ]);
    const you = anna.next('you');
    anna.send({ type: 'identify', identity: { kind: 'listed', participantId: 'p-anna' } });
    expect((await you).you.identity).toEqual({ kind: 'named', name: 'Anna Berg' });
    expect(server.room.deviceList()).toEqual([expect.objectContaining({ participantId: 'p-anna', name: 'Anna Berg', arrivedAt: '09:05', newParticipant: false, connected: true })]);

    const other = await TestPhone.connect(ws);
    const roster2 = await other.hello();
    expect(roster2.roster[0]?.taken).toBe(true);
    const refused = other.next('refused');
    other.send({ type: 'identify', identity: { kind: 'named', name: 'anna berg' } });
    expect((await refused).reason).toBe('nameTaken');
  });

  it('a typed name that is not on the list becomes a new participant', async () => {
    await joined({ type: 'identify', identity: { kind: 'named', name: '  Kim   Lind ' } });
    expect(server.room.deviceList()[0]).toMatchObject({ name: 'Kim Lind', newParticipant: true, arrivedAt: '09:05' });
  });

  it('a phone that reconnects with its secret is the same device and its answer is not counted twice', async () => {
    const phone = await TestPhone.connect(ws);
    const welcome = await phone.hello();
    const you = phone.next('you');
    phone.send({ type: 'identify', identity: { kind: 'listed', participantId: 'p-olle' } });
    await you;
    server.room.startActivity(scale);
    await phone.next('activity', (m) => m.activity?.id === 'poll-1');
    const accepted = phone.next('accepted');
    phone.send({ type: 'answer', activityId: 'poll-1', answer: { kind: 'scale', value: 5 } });
    await accepted;
    phone.close();
    await phone.closed();

    const again = await TestPhone.connect(ws);
    const activity = again.next('activity');
    const back = await again.hello(welcome.device);
    expect(back.you.identity).toEqual({ kind: 'named', name: 'Olle Ek' });
    expect((await activity).own).toEqual({ kind: 'answer', answer: { kind: 'scale', value: 5 } });
    const resent = again.next('accepted');
    again.send({ type: 'answer', activityId: 'poll-1', answer: { kind: 'scale', value: 5 } });
    await resent;
    expect(server.room.deviceList()).toHaveLength(1);
    expect(server.room.live()).toEqual({ kind: 'scale', counts: [0, 0, 0, 0, 1, 0], answers: 1 });
  });

  it('an answer changes the device’s one vote; answers out of range or for another activity are refused', async () => {
    const phone = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    server.room.startActivity(scale);
    await phone.next('activity', (m) => m.activity !== null);
    for (const value of [2, 4]) {
      const ok = phone.next('accepted');
      phone.send({ type: 'answer', activityId: 'poll-1', answer: { kind: 'scale', value } });
      await ok;
    }
    let refused = phone.next('refused');
    phone.send({ type: 'answer', activityId: 'poll-1', answer: { kind: 'scale', value: 7 } });
    expect((await refused).reason).toBe('invalid');
    refused = phone.next('refused');
    phone.send({ type: 'answer', activityId: 'poll-0', answer: { kind: 'scale', value: 3 } });
    expect((await refused).reason).toBe('notOpen');
    const result = server.room.endActivity();
    expect(result).toMatchObject({ kind: 'poll', live: { kind: 'scale', counts: [0, 0, 0, 1, 0, 0], answers: 1 } });
    refused = phone.next('refused');
    phone.send({ type: 'answer', activityId: 'poll-1', answer: { kind: 'scale', value: 3 } });
    expect((await refused).reason).toBe('notOpen');
  });

  it('dot votes: at most N dots, only on the activity’s stickies; tallies per sticky', async () => {
    const a = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    const b = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    server.room.startActivity({ kind: 'dots', id: 'd1', prompt: '', boardId: 'b1', dotsPerPerson: 3, stickies: [{ id: 's1', text: 'Kö i receptionen' }, { id: 's2', text: 'Dubbelregistrering' }] });
    await Promise.all([a.next('activity', (m) => m.activity !== null), b.next('activity', (m) => m.activity !== null)]);
    let refused = a.next('refused');
    a.send({ type: 'dots', activityId: 'd1', stickyIds: ['s1', 's1', 's1', 's2'] });
    expect((await refused).reason).toBe('invalid');
    refused = a.next('refused');
    a.send({ type: 'dots', activityId: 'd1', stickyIds: ['s9'] });
    expect((await refused).reason).toBe('invalid');
    const okA = a.next('accepted');
    a.send({ type: 'dots', activityId: 'd1', stickyIds: ['s1', 's1', 's2'] });
    await okA;
    const okB = b.next('accepted');
    b.send({ type: 'dots', activityId: 'd1', stickyIds: ['s2'] });
    await okB;
    expect(server.room.endActivity()).toMatchObject({ kind: 'dots', votes: { s1: 2, s2: 2 } });
  });

  it('ideas: a resent idea (same id) is kept once', async () => {
    const phone = await joined({ type: 'identify', identity: { kind: 'listed', participantId: 'p-anna' } });
    server.room.startActivity({ kind: 'ideas', id: 'i1', prompt: 'Vad stjäl tid?', boardId: 'b1' });
    await phone.next('activity', (m) => m.activity !== null);
    const idea = { type: 'idea', activityId: 'i1', ideaId: '6f1c8f8e-8d7c-4b7a-9d7e-1f2a3b4c5d6e', text: 'Färre möten' } as const;
    for (let i = 0; i < 3; i++) {
      const ok = phone.next('accepted');
      phone.send(idea);
      await ok;
    }
    expect(server.room.roundIdeas).toEqual([{ id: idea.ideaId, text: 'Färre möten', boardId: 'b1', activityId: 'i1', by: 'Anna Berg', sentOn: '2026-04-14' }]);
  });

  it('ideas for the improvement board: phones learn they are suggestions; each idea carries its sender (none when anonymous) and the day', async () => {
    const anna = await joined({ type: 'identify', identity: { kind: 'listed', participantId: 'p-anna' } });
    const anon = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    const seenByAnna = anna.next('activity', (m) => m.activity !== null);
    const seenByAnon = anon.next('activity', (m) => m.activity !== null);
    server.room.startActivity({ kind: 'ideas', id: 'i2', prompt: 'Förslag?', boardId: null });
    expect((await seenByAnna).activity).toEqual({ kind: 'ideas', id: 'i2', prompt: 'Förslag?', suggestions: true });
    await seenByAnon;
    const send = async (phone: TestPhone, ideaId: string, text: string) => {
      const ok = phone.next('accepted');
      phone.send({ type: 'idea', activityId: 'i2', ideaId, text });
      await ok;
    };
    await send(anna, '0b6a4b2e-1c1d-4e5f-8a9b-0c1d2e3f4a5b', 'Gemensam kalender');
    await send(anon, '1c7b5c3f-2d2e-4f6a-9bac-1d2e3f4a5b6c', 'Kortare möten');
    expect(server.room.roundIdeas.map(({ text, boardId, by, sentOn }) => ({ text, boardId, by, sentOn }))).toEqual([
      { text: 'Gemensam kalender', boardId: null, by: 'Anna Berg', sentOn: '2026-04-14' },
      { text: 'Kortare möten', boardId: null, by: null, sentOn: '2026-04-14' },
    ]);
  });

  it('raised hands queue in order and the facilitator clears them', async () => {
    const anna = await joined({ type: 'identify', identity: { kind: 'listed', participantId: 'p-anna' } });
    const olle = await joined({ type: 'identify', identity: { kind: 'listed', participantId: 'p-olle' } });
    for (const phone of [olle, anna]) {
      const you = phone.next('you', (m) => m.you.handRaised);
      phone.send({ type: 'hand', raised: true });
      await you;
      clock = new Date(clock.getTime() + 1000);
    }
    expect(server.room.hands().map((h) => h.name)).toEqual(['Olle Ek', 'Anna Berg']);
    const lowered = anna.next('you', (m) => !m.you.handRaised);
    server.room.clearHands();
    await lowered;
    expect(server.room.hands()).toEqual([]);
  });

  it('phones get only the activity’s public text: no board ids, no other phone’s answers', async () => {
    const a = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    const b = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    server.room.startActivity({ kind: 'dots', id: 'd1', prompt: 'Rösta', boardId: 'secret-board-id', dotsPerPerson: 2, stickies: [{ id: 's1', text: 'Ett' }] });
    await b.next('activity', (m) => m.activity !== null);
    const ok = a.next('accepted');
    a.send({ type: 'dots', activityId: 'd1', stickyIds: ['s1'] });
    await ok;
    await new Promise((r) => setTimeout(r, 100));
    expect(b.raw.join('\n')).not.toContain('secret-board-id');
    expect(b.messages.filter((m) => m.type === 'accepted')).toHaveLength(1);
  });

  it('an oversized frame closes that socket; the server keeps serving', async () => {
    const phone = await joined();
    phone.send('x'.repeat(100_000));
    expect(await phone.closed()).toBe(1009);
    const next = await joined({ type: 'identify', identity: { kind: 'anonymous' } });
    expect(next.messages.some((m) => m.type === 'welcome')).toBe(true);
  });

  it('closing the room tells every phone', async () => {
    const phone = await joined();
    const closed = phone.next('closed');
    await server.close();
    await closed;
    server = await startRoomServer({ host: '127.0.0.1', port: 0, page: await loadParticipantPage(dir.path), workshop: { title: '', language: 'en', roster: [] }, onChange: () => undefined });
    expect(changes).toBeGreaterThan(0);
  });
});
