import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
import { contract, events } from '../../../../shared/ipc/contract';

describe('the IPC contract', () => {
  it('every request channel the preload exposes has a request and response schema', () => {
    for (const channel of invokeChannels) {
      expect(contract, channel).toHaveProperty([channel, 'req']);
      expect(contract, channel).toHaveProperty([channel, 'res']);
    }
  });

  it('every channel with a schema is listed for the preload', () => {
    expect(Object.keys(contract).sort()).toEqual([...invokeChannels].sort());
  });

  it('every event channel has a payload schema, and every payload schema is a listed event', () => {
    expect(Object.keys(events).sort()).toEqual([...eventChannels].sort());
  });

  it('no channel is listed twice, and no name is both a request and an event', () => {
    const all = [...invokeChannels, ...eventChannels];
    expect(new Set(all).size).toBe(all.length);
  });
});
