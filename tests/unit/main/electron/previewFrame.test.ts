import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';

const appEvents = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  app: {
    enableSandbox: vi.fn(),
    on: (event: string, fn: (...args: unknown[]) => void) => appEvents.set(event, fn),
    whenReady: () => new Promise(() => undefined),
  },
  session: {},
}));

it('lets the report preview frame load its srcdoc, and nothing else that is not the app', async () => {
  const { hardenApp } = await import('../../../../main/electron/security');
  hardenApp((url) => url.startsWith('verkstad://app/'));
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  appEvents.get('web-contents-created')!({}, contents);
  const navigate = (url: string, isMainFrame: boolean) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', event);
    return event.preventDefault.mock.calls.length > 0;
  };
  expect(navigate('about:srcdoc', false)).toBe(false);
  expect(navigate('about:srcdoc', true)).toBe(true);
  expect(navigate('https://evil.example/', false)).toBe(true);
  expect(navigate('verkstad://app/index.html', true)).toBe(false);
});
