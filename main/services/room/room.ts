import { randomBytes, randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { clockNow } from '../../../shared/record/attendance';
import { localDate } from '../../../shared/record/overdue';
import {
  MAX_FRAME_BYTES,
  MAX_IDEAS_PER_DEVICE,
  MAX_IDEAS_PER_ROUND,
  PhoneMessage,
  publicActivity,
  ServerMessage,
  type Answer,
  type Identity,
  type OwnAnswer,
  type RefusalReason,
  type RoomActivity,
  type You,
} from '../../../shared/room/protocol';
import type { ActivityResult, LiveResult, RoomDevice, RoomIdea, RoomWorkshop } from '../../../shared/room/status';

/**
 * The room's state and rules, without any network: devices (phones), who they are, the open
 * activity and each device's answer to it, the raised hands. The server (server.ts) feeds it the
 * frames of each WebSocket; tests and the fuzzer drive it the same way.
 *
 * Each device's answer is kept by device and replaced when it answers again, so a phone that
 * resends after a lost connection is never counted twice.
 */

export interface RoomLimits {
  /** Messages one connection may send per 10 seconds before it is refused ("tooFast"). */
  messagesPer10s: number;
  /** New devices one network address may create per minute (a room behind one NAT needs many). */
  devicesPerAddressPerMinute: number;
  /** Devices the room holds at most. */
  maxDevices: number;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = { messagesPer10s: 40, devicesPerAddressPerMinute: 300, maxDevices: 500 };

/** One open WebSocket, as the room sees it. */
export interface Link {
  send(text: string): void;
  close(code: number, reason: string): void;
  /** The remote address, for rate limits. */
  address: string;
}

interface Device {
  key: string;
  secret: string;
  identity: { kind: 'named'; name: string; participantId: string; newParticipant: boolean; arrivedAt: string } | { kind: 'anonymous' } | null;
  handSince: string | null;
  links: Set<Connection>;
}

const DEVICE_LIMIT_CLOSE = 4008;

export class Connection {
  device: Device | null = null;
  closed = false;
  private queue: Promise<void> = Promise.resolve();
  /** Refusals for speed in a row: a phone that keeps flooding is disconnected. */
  private strikes = 0;

  constructor(
    private readonly room: Room,
    readonly link: Link,
    readonly id: string,
  ) {}

  /** A frame arrived. Frames are handled one at a time, in order. */
  receive(raw: string | Buffer): void {
    if (this.closed) return;
    this.queue = this.queue.then(() => this.handle(raw)).catch(() => this.close(1011, 'error'));
  }

  private async handle(raw: string | Buffer): Promise<void> {
    if (this.closed) return;
    if (!(await this.room.allow(this))) {
      this.strikes += 1;
      if (this.strikes > 20) return this.close(DEVICE_LIMIT_CLOSE, 'too fast');
      return this.refuse('tooFast');
    }
    this.strikes = 0;
    const length = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
    if (length > MAX_FRAME_BYTES) return this.refuse('tooLarge');
    let json: unknown;
    try {
      json = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
    } catch {
      return this.refuse('invalid');
    }
    const parsed = PhoneMessage.safeParse(json);
    if (!parsed.success) return this.refuse('invalid');
    this.room.handle(this, parsed.data);
  }

  send(message: ServerMessage): void {
    if (!this.closed) this.link.send(serialize(message));
  }

  sendText(text: string): void {
    if (!this.closed) this.link.send(text);
  }

  refuse(reason: RefusalReason): void {
    this.send({ type: 'refused', reason });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.link.close(code, reason);
    this.room.disconnected(this);
  }
}

export interface RoomOptions {
  workshop: RoomWorkshop;
  now?: () => Date;
  limits?: Partial<RoomLimits>;
  /** Called after every change the facilitator would see. */
  onChange(): void;
}

type Answers = Map<string, OwnAnswer>;

export class Room {
  private workshop: RoomWorkshop;
  private readonly devices = new Map<string, Device>();
  private readonly byKey = new Map<string, Device>();
  private readonly connections = new Set<Connection>();
  private activity: RoomActivity | null = null;
  private answers: Answers = new Map();
  private ideas: RoomIdea[] = [];
  private readonly ideaIds = new Set<string>();
  private readonly limits: RoomLimits;
  private readonly messageLimiter: RateLimiterMemory;
  private readonly deviceLimiter: RateLimiterMemory;
  private readonly now: () => Date;
  private nextConnection = 1;
  version = 0;

  constructor(private readonly options: RoomOptions) {
    this.workshop = options.workshop;
    this.now = options.now ?? (() => new Date());
    this.limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits };
    this.messageLimiter = new RateLimiterMemory({ points: this.limits.messagesPer10s, duration: 10 });
    this.deviceLimiter = new RateLimiterMemory({ points: this.limits.devicesPerAddressPerMinute, duration: 60 });
  }

  // ————— connections —————

  connect(link: Link): Connection {
    const connection = new Connection(this, link, String(this.nextConnection++));
    this.connections.add(connection);
    return connection;
  }

  async allow(connection: Connection): Promise<boolean> {
    try {
      await this.messageLimiter.consume(connection.id);
      return true;
    } catch {
      return false;
    }
  }

  disconnected(connection: Connection): void {
    this.connections.delete(connection);
    const device = connection.device;
    if (device) {
      device.links.delete(connection);
      if (device.links.size === 0) this.changed();
    }
  }

  /** Closes every connection (the room closes): phones are told, then cut off. */
  closeAll(): void {
    const text = JSON.stringify({ type: 'closed' } satisfies ServerMessage);
    for (const connection of [...this.connections]) {
      connection.sendText(text);
      connection.close(1001, 'room closed');
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  // ————— messages —————

  handle(connection: Connection, message: PhoneMessage): void {
    if (message.type === 'hello') return void this.hello(connection, message.device);
    const device = connection.device;
    if (!device) return connection.refuse('notIdentified');
    switch (message.type) {
      case 'identify':
        return this.identify(connection, device, message.identity);
      case 'hand':
        return this.hand(connection, device, message.raised);
      case 'answer':
        return this.answer(connection, device, message.activityId, message.answer);
      case 'dots':
        return this.dots(connection, device, message.activityId, message.stickyIds);
      case 'idea':
        return this.idea(connection, device, message.activityId, message.ideaId, message.text);
    }
  }

  private async hello(connection: Connection, secret: string | null): Promise<void> {
    if (connection.device) return connection.refuse('invalid');
    let device = secret === null ? undefined : this.devices.get(secret);
    if (!device) {
      if (this.devices.size >= this.limits.maxDevices) return connection.refuse('full');
      try {
        await this.deviceLimiter.consume(connection.link.address);
      } catch {
        return connection.refuse('tooFast');
      }
      if (connection.closed) return;
      device = { key: randomBytes(8).toString('hex'), secret: randomBytes(16).toString('hex'), identity: null, handSince: null, links: new Set() };
      this.devices.set(device.secret, device);
      this.byKey.set(device.key, device);
    }
    connection.device = device;
    device.links.add(connection);
    connection.send({
      type: 'welcome',
      device: device.secret,
      title: this.workshop.title,
      language: this.workshop.language,
      roster: this.roster(),
      you: this.you(device),
    });
    connection.send(this.activityMessage(device));
    this.changed();
  }

  private identify(connection: Connection, device: Device, identity: Identity): void {
    if (device.identity !== null) return connection.refuse('invalid');
    const arrivedAt = clockNow(this.now());
    if (identity.kind === 'anonymous') {
      device.identity = { kind: 'anonymous' };
    } else {
      const listed =
        identity.kind === 'listed'
          ? this.workshop.roster.find((p) => p.id === identity.participantId)
          : this.workshop.roster.find((p) => sameName(p.name, identity.name));
      if (identity.kind === 'listed' && !listed) return connection.refuse('unknownName');
      const participantId = listed?.id ?? null;
      const name = listed?.name ?? (identity.kind === 'named' ? identity.name : '');
      const takenBy = [...this.devices.values()].find(
        (d) => d !== device && d.identity?.kind === 'named' && (d.identity.participantId === participantId || sameName(d.identity.name, name)),
      );
      if (takenBy) return connection.refuse('nameTaken');
      device.identity = { kind: 'named', name, participantId: participantId ?? randomUUID(), newParticipant: listed === undefined, arrivedAt };
      this.broadcastRoster();
    }
    this.sendToDevice(device, { type: 'accepted', of: 'identify', own: null });
    this.sendToDevice(device, { type: 'you', you: this.you(device) });
    this.changed();
  }

  private hand(connection: Connection, device: Device, raised: boolean): void {
    if (device.identity === null) return connection.refuse('notIdentified');
    const since = raised ? (device.handSince ?? this.now().toISOString()) : null;
    if (since !== device.handSince) {
      device.handSince = since;
      this.changed();
    }
    this.sendToDevice(device, { type: 'accepted', of: 'hand', own: null });
    this.sendToDevice(device, { type: 'you', you: this.you(device) });
  }

  private answer(connection: Connection, device: Device, activityId: string, answer: Answer): void {
    const activity = this.activity;
    if (device.identity === null) return connection.refuse('notIdentified');
    if (activity?.kind !== 'poll' || activity.id !== activityId) return connection.refuse('notOpen');
    const poll = activity.poll;
    const fits =
      (poll.type === 'scale' && answer.kind === 'scale' && answer.value >= poll.min && answer.value <= poll.max) ||
      (poll.type === 'choice' && answer.kind === 'choice' && answer.option < poll.options.length) ||
      (poll.type === 'text' && answer.kind === 'text');
    if (!fits) return connection.refuse('invalid');
    this.keep(device, { kind: 'answer', answer }, 'answer');
  }

  private dots(connection: Connection, device: Device, activityId: string, stickyIds: string[]): void {
    const activity = this.activity;
    if (device.identity === null) return connection.refuse('notIdentified');
    if (activity?.kind !== 'dots' || activity.id !== activityId) return connection.refuse('notOpen');
    const known = new Set(activity.stickies.map((s) => s.id));
    if (stickyIds.length > activity.dotsPerPerson || !stickyIds.every((id) => known.has(id))) return connection.refuse('invalid');
    this.keep(device, { kind: 'dots', stickyIds }, 'dots');
  }

  private idea(connection: Connection, device: Device, activityId: string, ideaId: string, text: string): void {
    const activity = this.activity;
    if (device.identity === null) return connection.refuse('notIdentified');
    if (activity?.kind !== 'ideas' || activity.id !== activityId) return connection.refuse('notOpen');
    const own = this.answers.get(device.key);
    const mine = own?.kind === 'ideas' ? own.ideas : [];
    if (this.ideaIds.has(ideaId)) {
      // A resend of an idea already taken (the phone lost its connection before the answer came).
      if (mine.some((i) => i.ideaId === ideaId)) this.sendToDevice(device, { type: 'accepted', of: 'idea', own: own ?? null });
      else connection.refuse('invalid');
      return;
    }
    if (mine.length >= MAX_IDEAS_PER_DEVICE || this.ideas.length >= MAX_IDEAS_PER_ROUND) return connection.refuse('tooMany');
    this.ideaIds.add(ideaId);
    const by = device.identity.kind === 'named' ? device.identity.name : null;
    this.ideas.push({ id: ideaId, text, boardId: activity.boardId, activityId: activity.id, by, sentOn: localDate(this.now()) });
    this.keep(device, { kind: 'ideas', ideas: [...mine, { ideaId, text }] }, 'idea');
  }

  private keep(device: Device, own: OwnAnswer, of: 'answer' | 'dots' | 'idea'): void {
    this.answers.set(device.key, own);
    this.sendToDevice(device, { type: 'accepted', of, own });
    this.changed();
  }

  // ————— the facilitator's side —————

  setWorkshop(workshop: RoomWorkshop): void {
    this.workshop = workshop;
    // Someone checked in under a name that has since been removed keeps their check-in.
    this.broadcastRoster();
    this.changed();
  }

  /** Opens an activity for the phones; the one before must have been ended. */
  startActivity(activity: RoomActivity): void {
    if (this.activity) throw new Error('an activity is already open');
    if (activity.kind === 'poll' && activity.poll.type === 'scale' && activity.poll.max <= activity.poll.min) throw new Error('the scale must go up');
    this.activity = activity;
    this.answers = new Map();
    this.ideas = [];
    this.broadcastActivity();
    this.changed();
  }

  /** Closes the open activity and returns what it came to; phones see that nothing is open. */
  endActivity(): ActivityResult | null {
    const activity = this.activity;
    if (!activity) return null;
    const live = this.live();
    const result: ActivityResult =
      activity.kind === 'poll' && live
        ? { kind: 'poll', activity, live }
        : activity.kind === 'dots'
          ? { kind: 'dots', activity, votes: live?.kind === 'dots' ? live.votes : {} }
          : { kind: 'ideas', activity, ideas: [...this.ideas] };
    this.activity = null;
    this.answers = new Map();
    this.ideas = [];
    this.broadcastActivity();
    this.changed();
    return result;
  }

  clearHands(): void {
    for (const device of this.devices.values()) {
      if (device.handSince === null) continue;
      device.handSince = null;
      this.sendToDevice(device, { type: 'you', you: this.you(device) });
    }
    this.changed();
  }

  get currentActivity(): RoomActivity | null {
    return this.activity;
  }

  /** Every idea of the open idea round, in the order they arrived. */
  get roundIdeas(): readonly RoomIdea[] {
    return this.ideas;
  }

  deviceList(): RoomDevice[] {
    return [...this.devices.values()].map((d) => ({
      key: d.key,
      name: d.identity?.kind === 'named' ? d.identity.name : null,
      participantId: d.identity?.kind === 'named' ? d.identity.participantId : null,
      arrivedAt: d.identity?.kind === 'named' ? d.identity.arrivedAt : null,
      newParticipant: d.identity?.kind === 'named' ? d.identity.newParticipant : false,
      connected: d.links.size > 0,
    }));
  }

  hands(): Array<{ key: string; name: string | null; since: string }> {
    return [...this.devices.values()]
      .filter((d): d is Device & { handSince: string } => d.handSince !== null)
      .sort((a, b) => a.handSince.localeCompare(b.handSince))
      .map((d) => ({ key: d.key, name: d.identity?.kind === 'named' ? d.identity.name : null, since: d.handSince }));
  }

  /** The tally of the open activity, from each device's one answer. */
  live(): LiveResult | null {
    const activity = this.activity;
    if (!activity) return null;
    const owns = [...this.answers.values()];
    if (activity.kind === 'poll') {
      const poll = activity.poll;
      const answers = owns.flatMap((o) => (o.kind === 'answer' ? [o.answer] : []));
      if (poll.type === 'text') return { kind: 'text', texts: answers.flatMap((a) => (a.kind === 'text' ? [a.text] : [])), answers: answers.length };
      const size = poll.type === 'scale' ? poll.max - poll.min + 1 : poll.options.length;
      const counts = Array.from({ length: size }, () => 0);
      for (const a of answers) {
        const index = a.kind === 'scale' && poll.type === 'scale' ? a.value - poll.min : a.kind === 'choice' ? a.option : -1;
        if (index >= 0 && index < size) counts[index] = (counts[index] ?? 0) + 1;
      }
      return { kind: poll.type, counts, answers: answers.length };
    }
    if (activity.kind === 'dots') {
      const votes: Record<string, number> = {};
      let dots = 0;
      for (const own of owns) {
        if (own.kind !== 'dots') continue;
        for (const id of own.stickyIds) {
          votes[id] = (votes[id] ?? 0) + 1;
          dots += 1;
        }
      }
      return { kind: 'dots', votes, voters: owns.filter((o) => o.kind === 'dots' && o.stickyIds.length > 0).length, dots };
    }
    return { kind: 'ideas', ideas: this.ideas.length, senders: owns.filter((o) => o.kind === 'ideas').length };
  }

  // ————— helpers —————

  private you(device: Device): You {
    const identity = device.identity === null ? null : device.identity.kind === 'anonymous' ? { kind: 'anonymous' as const } : { kind: 'named' as const, name: device.identity.name };
    return { identity, handRaised: device.handSince !== null };
  }

  private roster(): Array<{ id: string; name: string; taken: boolean }> {
    const taken = new Set<string>();
    for (const d of this.devices.values()) if (d.identity?.kind === 'named') taken.add(d.identity.participantId);
    return this.workshop.roster.filter((p) => p.name.trim() !== '').map((p) => ({ id: p.id, name: p.name, taken: taken.has(p.id) }));
  }

  private broadcastRoster(): void {
    const text = serialize({ type: 'roster', roster: this.roster() });
    for (const connection of this.connections) if (connection.device && connection.device.identity === null) connection.sendText(text);
  }

  private activityMessage(device: Device): ServerMessage {
    return { type: 'activity', activity: this.activity ? publicActivity(this.activity) : null, own: this.answers.get(device.key) ?? null };
  }

  private broadcastActivity(): void {
    // Nobody has answered a new activity yet, so one message fits every phone.
    const text = serialize({ type: 'activity', activity: this.activity ? publicActivity(this.activity) : null, own: null });
    for (const connection of this.connections) if (connection.device) connection.sendText(text);
  }

  private sendToDevice(device: Device, message: ServerMessage): void {
    const text = serialize(message);
    for (const connection of device.links) connection.sendText(text);
  }

  private changed(): void {
    this.version += 1;
    this.options.onChange();
  }
}

/** Checked against the contract before it leaves, as every boundary is. */
function serialize(message: ServerMessage): string {
  return JSON.stringify(ServerMessage.parse(message));
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}
