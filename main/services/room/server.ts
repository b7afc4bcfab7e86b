import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { PARTICIPANT_CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { JoinCode, MAX_FRAME_BYTES } from '../../../shared/room/protocol';
import { Room, type RoomOptions } from './room';

/**
 * The room's web server (Fastify + @fastify/websocket): the participant page and its WebSocket,
 * nothing else. It runs only while the room is open, on the one address the facilitator chose.
 *
 * - `GET /` the page where a participant types the 6-digit code; `POST /code` trades the code for
 *   the room's address (rate-limited per network address and in all; the code expires).
 * - `GET /j/<token>` the same page, joining the room; `GET /assets/<file>` its script and styles,
 *   read into memory when the room opens (no file is read on a request, no path comes from one),
 *   compressed there once (brotli and gzip, in zlib's thread pool) and sent in the encoding the
 *   phone accepts; assets whose name carries Vite's content hash are cached for a year (immutable),
 *   the page itself never (it is the same for every room, the token is in its address).
 * - `GET /ws/<token>` the WebSocket; a wrong token or another site's page gets 404 before any upgrade.
 */

/** The participant page's policy, defined once in shared/csp.ts (the built page carries it as a meta tag too). */
export const PARTICIPANT_PAGE_CSP = PARTICIPANT_CONTENT_SECURITY_POLICY;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': PARTICIPANT_PAGE_CSP,
  // The join address carries the room's token: never send it on as a referrer.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Vite's content hash in a built asset's name (index-DhaQIngo.js): a new build is a new name. */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.\w+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** How long a 6-digit code lets people in before the facilitator must show a new one. */
export const CODE_LIFETIME_MS = 10 * 60_000;
/** Code guesses one network address may make per 10 minutes, and all addresses together. */
export const CODE_TRIES_PER_ADDRESS = 10;
export const CODE_TRIES_IN_ALL = 200;

export type Encoding = 'br' | 'gzip' | 'identity';

/** A file of the page as it is sent: its bytes in each encoding, and how long a phone may keep it. */
export interface PageFile {
  type: string;
  bodies: Record<Encoding, Buffer>;
  cacheControl: string;
}

export interface ParticipantPage {
  html: PageFile;
  assets: Map<string, PageFile>;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function pageFile(body: Buffer, type: string, cacheControl: string): Promise<PageFile> {
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 9 }),
  ]);
  return { type, bodies: { br, gzip: gz, identity: body }, cacheControl };
}

/** Reads the built participant page (out/participant) once and compresses it; a room cannot open without it. */
export async function loadParticipantPage(dir: string): Promise<ParticipantPage> {
  const html = await pageFile(await readFile(join(dir, 'index.html')), MIME['.html']!, 'no-store');
  const assets = new Map<string, PageFile>();
  const assetDir = join(dir, 'assets');
  for (const name of await readdir(assetDir).catch(() => [] as string[])) {
    const type = MIME[extname(name)];
    if (type && /^[\w.-]+$/.test(name)) assets.set(name, await pageFile(await readFile(join(assetDir, name)), type, HASHED_ASSET.test(name) ? IMMUTABLE : 'no-cache'));
  }
  return { html, assets };
}

export interface RoomServerOptions extends Omit<RoomOptions, 'onChange'> {
  host: string;
  /** 0: any free port. */
  port: number;
  page: ParticipantPage;
  onChange(): void;
}

export interface RoomServer {
  room: Room;
  token: string;
  host: string;
  port: number;
  code(): { code: string; expiresAt: Date };
  newCode(): { code: string; expiresAt: Date };
  close(): Promise<void>;
}

const CodeRequest = z.object({ code: JoinCode }).strict();

/** A token of 32 random bytes (256 bits), URL-safe. */
export function newRoomToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const token = newRoomToken();
  const now = options.now ?? (() => new Date());
  let code = { code: '', expiresAt: new Date(0) };
  const newCode = () => {
    code = { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), expiresAt: new Date(now().getTime() + CODE_LIFETIME_MS) };
    return code;
  };
  newCode();
  const triesPerAddress = new RateLimiterMemory({ points: CODE_TRIES_PER_ADDRESS, duration: 600 });
  const triesInAll = new RateLimiterMemory({ points: CODE_TRIES_IN_ALL, duration: 600 });

  const room = new Room({ workshop: options.workshop, now: options.now, limits: options.limits, onChange: options.onChange });
  const app: FastifyInstance = Fastify({
    logger: false,
    bodyLimit: 1_024,
    // Slow clients cannot hold the server: a request has 10 s, an idle keep-alive 5 s.
    requestTimeout: 10_000,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 100 },
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false } });

  // A WebSocket upgrade anywhere but the room's socket is refused before it is upgraded.
  app.addHook('onRequest', async (request, reply) => {
    if (request.ws && request.routeOptions.url !== '/ws/:token') await reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const encodings = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip', 'identity'] });
  const sendFile = (request: FastifyRequest, reply: FastifyReply, file: PageFile) => {
    const accepted = request.headers['accept-encoding'];
    const encoding = (typeof accepted === 'string' ? encodings.negotiate(accepted) : null) ?? 'identity';
    reply.header('vary', 'accept-encoding').header('cache-control', file.cacheControl).type(file.type);
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(file.bodies[encoding]);
  };
  const page = (request: FastifyRequest, reply: FastifyReply) => sendFile(request, reply, options.page.html);
  app.get('/', page);
  app.get<{ Params: { token: string } }>('/j/:token', (request, reply) => {
    if (!sameSecret(request.params.token, token)) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return page(request, reply);
  });
  app.get<{ Params: { file: string } }>('/assets/:file', (request, reply) => {
    const asset = options.page.assets.get(request.params.file);
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return sendFile(request, reply, asset);
  });
  app.post('/code', async (request, reply) => {
    try {
      await triesPerAddress.consume(request.ip);
      await triesInAll.consume('all');
    } catch {
      return reply.code(429).send({ error: 'tooFast' });
    }
    const parsed = CodeRequest.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'invalid' });
    if (now() > code.expiresAt) return reply.code(403).send({ error: 'expired' });
    if (!sameSecret(parsed.data.code, code.code)) return reply.code(403).send({ error: 'wrongCode' });
    return reply.send({ path: `/j/${token}` });
  });

  app.register(async (scoped) => {
    scoped.addHook('preValidation', async (request: FastifyRequest<{ Params: { token?: string } }>, reply) => {
      // Only the page this server served may open the socket: a page of another site sends its own Origin.
      const origin = request.headers.origin;
      const expected = `http://${request.headers.host ?? ''}`;
      if (!sameSecret(request.params.token ?? '', token) || (origin !== undefined && origin !== expected)) {
        await reply.code(404).type('text/plain; charset=utf-8').send('Not found');
      }
    });
    scoped.get<{ Params: { token: string } }>('/ws/:token', { websocket: true }, (socket, request) => {
      const connection = room.connect({
        address: request.ip,
        send: (text) => {
          if (socket.readyState === socket.OPEN) socket.send(text);
        },
        close: (closeCode, reason) => socket.close(closeCode, reason),
      });
      socket.on('message', (data, isBinary) => {
        if (isBinary) return connection.refuse('invalid');
        connection.receive(Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data));
      });
      socket.on('close', () => connection.close(1000, ''));
      socket.on('error', () => connection.close(1011, 'error'));
    });
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('Not found'));

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    room,
    token,
    host: options.host,
    port,
    code: () => code,
    newCode,
    async close() {
      room.closeAll();
      await app.close();
    },
  };
}
