import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { RoomActivity } from '../../../shared/room/protocol';
import type { ActivityResult, RoomIdea, RoomInterface, RoomStatus, RoomUpdate, RoomWorkshop } from '../../../shared/room/status';
import type { RoomLimits } from './room';
import { loadParticipantPage, startRoomServer, type RoomServer } from './server';

/**
 * The room as a service of the app: at most one room at a time, owned by the window (or command
 * line) that opened it, which gets every change as a `RoomUpdate` — at once for the first change
 * and then at most every UPDATE_INTERVAL_MS, so 200 phones answering at once cost the facilitator's
 * window a few updates a second, not 200.
 */

export const UPDATE_INTERVAL_MS = 40;
/** The port the room tries first, so the short address stays the same from one workshop to the next. */
export const PREFERRED_PORT = 8765;

export interface RoomOwner {
  update(update: RoomUpdate): void;
}

export type RoomOpenProblem = 'busy' | 'addressInUse' | 'addressNotAvailable' | 'pageMissing' | 'unknown';
export type RoomOpened = { status: 'opened'; room: RoomStatus } | { status: 'failed'; problem: RoomOpenProblem; detail: string };

export interface RoomServiceOptions {
  /** The built participant page (out/participant). */
  pageDir: string;
  now?: () => Date;
  limits?: Partial<RoomLimits>;
}

function isPrivate(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The machine's IPv4 interfaces; the suggested one is where phones on the room's Wi-Fi or a hotspot can reach. */
export function listRoomInterfaces(source: ReturnType<typeof networkInterfaces> = networkInterfaces()): RoomInterface[] {
  const found: RoomInterface[] = [];
  for (const [name, entries] of Object.entries(source)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4') continue;
      found.push({ name, address: entry.address, internal: entry.internal, suggested: false });
    }
  }
  found.sort((x, y) => Number(x.internal) - Number(y.internal) || Number(isPrivate(y.address)) - Number(isPrivate(x.address)));
  const best = found.find((i) => !i.internal && isPrivate(i.address)) ?? found.find((i) => !i.internal) ?? found[0];
  return found.map((i) => ({ ...i, suggested: i === best }));
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export class RoomService {
  private server: RoomServer | null = null;
  private owner: unknown = null;
  private sink: RoomOwner | null = null;
  private qr = { url: '', svg: '' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;
  private sentIdeas = 0;

  constructor(private readonly options: RoomServiceOptions) {}

  interfaces(): RoomInterface[] {
    return listRoomInterfaces();
  }

  get isOpen(): boolean {
    return this.server !== null;
  }

  isOwner(owner: unknown): boolean {
    return this.server !== null && this.owner === owner;
  }

  /**
   * Opens the room on `host` for `owner`. Only an address of this machine is accepted; the
   * preferred port is tried first when none is asked for.
   */
  async open(request: { host: string; port: number | null; workshop: RoomWorkshop }, owner: unknown, sink: RoomOwner): Promise<RoomOpened> {
    if (this.server) {
      if (this.owner !== owner) return { status: 'failed', problem: 'busy', detail: 'another window has the room open' };
      this.server.room.setWorkshop(request.workshop);
      return { status: 'opened', room: this.status() };
    }
    const known = listRoomInterfaces().some((i) => i.address === request.host);
    if (!known) return { status: 'failed', problem: 'addressNotAvailable', detail: `${request.host} is not an address of this computer` };
    let page;
    try {
      page = await loadParticipantPage(this.options.pageDir);
    } catch (error) {
      return { status: 'failed', problem: 'pageMissing', detail: error instanceof Error ? error.message : String(error) };
    }
    const start = (port: number) =>
      startRoomServer({ host: request.host, port, page, workshop: request.workshop, now: this.options.now, limits: this.options.limits, onChange: () => this.schedule() });
    try {
      try {
        this.server = await start(request.port ?? PREFERRED_PORT);
      } catch (error) {
        if (request.port !== null || errorCode(error) !== 'EADDRINUSE') throw error;
        this.server = await start(0);
      }
    } catch (error) {
      const code = errorCode(error);
      const problem: RoomOpenProblem = code === 'EADDRINUSE' ? 'addressInUse' : code === 'EADDRNOTAVAIL' ? 'addressNotAvailable' : 'unknown';
      return { status: 'failed', problem, detail: error instanceof Error ? error.message : String(error) };
    }
    this.owner = owner;
    this.sink = sink;
    this.sentIdeas = 0;
    const url = this.joinUrl();
    this.qr = { url, svg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
    return { status: 'opened', room: this.status() };
  }

  private shortUrl(): string {
    const server = this.required();
    return `http://${server.host}:${server.port}`;
  }

  joinUrl(): string {
    return `${this.shortUrl()}/j/${this.required().token}`;
  }

  private required(): RoomServer {
    if (!this.server) throw new Error('the room is not open');
    return this.server;
  }

  status(): RoomStatus {
    const server = this.required();
    const room = server.room;
    const code = server.code();
    return {
      version: room.version,
      join: { url: this.joinUrl(), shortUrl: this.shortUrl(), code: code.code, codeExpiresAt: code.expiresAt.toISOString(), qrSvg: this.qr.svg },
      devices: room.deviceList(),
      hands: room.hands(),
      activity: room.currentActivity,
      live: room.live(),
    };
  }

  /** The room as it is, with every idea of the open round (for a facilitator's view that starts late). */
  snapshot(): { status: RoomStatus; ideas: RoomIdea[] } | null {
    if (!this.server) return null;
    return { status: this.status(), ideas: [...this.server.room.roundIdeas] };
  }

  setWorkshop(workshop: RoomWorkshop): void {
    this.required().room.setWorkshop(workshop);
  }

  startActivity(activity: RoomActivity): void {
    this.flush();
    this.required().room.startActivity(RoomActivity.parse(activity));
    this.sentIdeas = 0;
  }

  endActivity(): ActivityResult | null {
    this.flush();
    const result = this.required().room.endActivity();
    this.sentIdeas = 0;
    return result;
  }

  clearHands(): void {
    this.required().room.clearHands();
  }

  newCode(): void {
    this.required().newCode();
    this.schedule();
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.server = null;
    this.owner = null;
    this.sink = null;
    await server.close();
  }

  /** Closes the room if `owner` has it open (its window closed). */
  async closeFor(owner: unknown): Promise<void> {
    if (this.isOwner(owner)) await this.close();
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastFlush + UPDATE_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.server || !this.sink) return;
    this.lastFlush = Date.now();
    const ideas = this.server.room.roundIdeas;
    const newIdeas = ideas.slice(this.sentIdeas);
    this.sentIdeas = ideas.length;
    this.sink.update({ status: this.status(), newIdeas });
  }
}
