import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ServerMessage, type PhoneMessage } from '../../../shared/room/protocol';

/**
 * A phone for tests and the benchmark: a WebSocket client on loopback that speaks the room's
 * contract and keeps every message it got, so a test can wait for the one it expects.
 */
export class TestPhone {
  readonly messages: ServerMessage[] = [];
  readonly raw: string[] = [];
  private waiters: Array<{ test: (m: ServerMessage) => boolean; done: (m: ServerMessage) => void }> = [];
  closeCode: number | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      this.raw.push(text);
      const message = ServerMessage.parse(JSON.parse(text));
      this.messages.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.test(message)) {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          waiter.done(message);
        }
      }
    });
    socket.on('close', (code) => {
      this.closeCode = code;
    });
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<TestPhone> {
    const socket = new WebSocket(url, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    return new TestPhone(socket);
  }

  send(message: PhoneMessage | string | Buffer): void {
    this.socket.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /** The next message (from now on, or already received when `past`) that passes `test`. */
  next<T extends ServerMessage['type']>(type: T, test: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true, timeoutMs = 5_000): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        test: (m) => m.type === type && test(m as Extract<ServerMessage, { type: T }>),
        done: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Says hello and waits for the welcome. */
  async hello(device: string | null = null): Promise<Extract<ServerMessage, { type: 'welcome' }>> {
    const welcome = this.next('welcome');
    this.send({ type: 'hello', device });
    return welcome;
  }

  async closed(): Promise<number> {
    if (this.closeCode !== null) return this.closeCode;
    return new Promise((resolve) => this.socket.once('close', (code) => resolve(code)));
  }

  close(): void {
    this.socket.close();
  }
}

/** A stand-in participant page for server tests, so they do not need the built one. */
export async function writeTestPage(dir: string): Promise<string> {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Verkstad</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log("phone");');
  return dir;
}
