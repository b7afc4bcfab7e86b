import {
  ServerMessage,
  type Identity,
  type OwnAnswer,
  type PhoneMessage,
  type PublicActivity,
  type RefusalReason,
  type You,
} from '../shared/room/protocol';

/**
 * The phone's side of the room: one WebSocket to the server that served the page, reopened by
 * itself when the phone locks or the Wi-Fi drops, rejoining with the device secret it was given
 * (kept in this browser's storage for this room), so the phone stays the same participant. What
 * the participant sent and the server has not confirmed is sent again after a reconnect; the
 * server keeps one answer per device and knows each idea by its id, so nothing counts twice.
 */

export type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface PhoneState {
  connection: Connection;
  title: string;
  language: 'sv' | 'nb' | 'en' | null;
  roster: Array<{ id: string; name: string; taken: boolean }>;
  you: You | null;
  activity: PublicActivity | null;
  own: OwnAnswer | null;
  /** The last thing the server said about what this phone sent, for the page's live region. */
  notice: { kind: 'refused'; reason: RefusalReason; at: number } | { kind: 'accepted'; of: PhoneMessage['type']; at: number } | null;
}

/** A v4 UUID from getRandomValues: crypto.randomUUID exists only on https pages, and the room is plain http. */
function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const storageKey = (token: string) => `verkstad-room-${token}`;

export class RoomSocket {
  state: PhoneState = { connection: 'connecting', title: '', language: null, roster: [], you: null, activity: null, own: null, notice: null };
  private socket: WebSocket | null = null;
  private listeners = new Set<(state: PhoneState) => void>();
  private attempts = 0;
  private stopped = false;
  private pendingIdentify: Identity | null = null;
  private pendingHand: boolean | null = null;
  /** The answer or vote the server has not confirmed yet. */
  private pendingAnswer: Extract<PhoneMessage, { type: 'answer' | 'dots' }> | null = null;
  private readonly pendingIdeas = new Map<string, Extract<PhoneMessage, { type: 'idea' }>>();

  constructor(
    private readonly token: string,
    private readonly url: string,
  ) {}

  subscribe(listener: (state: PhoneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<PhoneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  start(): void {
    this.stopped = false;
    this.open();
    // A phone that wakes up finds its socket dead: reconnect at once rather than after the back-off.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.socket?.readyState !== WebSocket.OPEN && !this.stopped) this.open();
    });
  }

  private open(): void {
    this.socket?.close();
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      let device: string | null = null;
      try {
        device = localStorage.getItem(storageKey(this.token));
      } catch {
        // Private browsing without storage: the phone is a new device after a reconnect.
      }
      this.raw({ type: 'hello', device: device && /^[0-9a-f]{32}$/.test(device) ? device : null });
    };
    socket.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = ServerMessage.safeParse(json);
      if (parsed.success) this.receive(parsed.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.set({ connection: 'reconnecting' });
      this.attempts += 1;
      setTimeout(() => {
        if (!this.stopped && this.socket === null) this.open();
      }, Math.min(5_000, 500 * this.attempts));
    };
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        try {
          localStorage.setItem(storageKey(this.token), message.device);
        } catch {
          // See above.
        }
        this.set({ connection: 'open', title: message.title, language: message.language, roster: message.roster, you: message.you });
        if (message.you.identity === null && this.pendingIdentify) this.raw({ type: 'identify', identity: this.pendingIdentify });
        if (this.pendingHand !== null && this.pendingHand !== message.you.handRaised) this.raw({ type: 'hand', raised: this.pendingHand });
        return;
      case 'you':
        if (this.pendingHand === message.you.handRaised) this.pendingHand = null;
        if (message.you.identity !== null) this.pendingIdentify = null;
        return this.set({ you: message.you });
      case 'roster':
        return this.set({ roster: message.roster });
      case 'activity':
        this.set({ activity: message.activity, own: message.own });
        return this.resendFor(message.activity, message.own);
      case 'accepted':
        if (message.own) this.settle(message.own);
        return this.set({ own: message.own ?? this.state.own, notice: { kind: 'accepted', of: message.of, at: Date.now() } });
      case 'refused':
        if (message.reason === 'notOpen') {
          this.pendingAnswer = null;
          this.pendingIdeas.clear();
        }
        if (message.reason === 'nameTaken' || message.reason === 'unknownName') this.pendingIdentify = null;
        return this.set({ notice: { kind: 'refused', reason: message.reason, at: Date.now() } });
      case 'closed':
        this.stopped = true;
        this.socket?.close();
        return this.set({ connection: 'closed' });
    }
  }

  /** Forgets what the server now holds. */
  private settle(own: OwnAnswer): void {
    if (own.kind === 'ideas') for (const idea of own.ideas) this.pendingIdeas.delete(idea.ideaId);
    else this.pendingAnswer = null;
  }

  /** After a reconnect: sends again what the server did not confirm for the activity still open. */
  private resendFor(activity: PublicActivity | null, own: OwnAnswer | null): void {
    if (own) this.settle(own);
    if (this.pendingAnswer && this.pendingAnswer.activityId === activity?.id) this.raw(this.pendingAnswer);
    else this.pendingAnswer = null;
    for (const [id, idea] of this.pendingIdeas) {
      if (idea.activityId === activity?.id) this.raw(idea);
      else this.pendingIdeas.delete(id);
    }
  }

  private raw(message: PhoneMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  identify(identity: Identity): void {
    this.pendingIdentify = identity;
    this.raw({ type: 'identify', identity });
  }

  hand(raised: boolean): void {
    this.pendingHand = raised;
    this.raw({ type: 'hand', raised });
  }

  answer(message: Extract<PhoneMessage, { type: 'answer' | 'dots' }>): void {
    this.pendingAnswer = message;
    this.raw(message);
  }

  idea(activityId: string, text: string): void {
    const message: Extract<PhoneMessage, { type: 'idea' }> = { type: 'idea', activityId, ideaId: uuid(), text };
    this.pendingIdeas.set(message.ideaId, message);
    this.raw(message);
  }
}
