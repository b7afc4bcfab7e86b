import { describe, expect, it } from 'vitest';
import type { VerkstadApi } from '../../../../shared/ipc/contract';
import { Workspace } from '../../../../renderer/app/workspace';
import { runCommands } from '../../../../renderer/run/runCommands';

/** A bridge that answers what opening a new workshop asks. */
const api: VerkstadApi = {
  invoke: (async (channel: string) => {
    if (channel === 'app:info') return { host: 'chromium', version: '0', platform: 'linux', language: 'sv' };
    if (channel === 'recent:list' || channel === 'draft:list') return [];
    if (channel === 'draft:discard') return { ok: true };
    if (channel === 'draft:write') return { status: 'written' };
    throw new Error(`unexpected call ${channel}`);
  }) as VerkstadApi['invoke'],
  on: () => () => undefined,
};

describe('the run UI belongs to the open workshop', () => {
  it('two windows (workspaces) each have their own: the Run view shown and the projector open in one is not in the other', async () => {
    const one = new Workspace(api, () => 'A');
    const two = new Workspace(api, () => 'B');
    await one.newWorkshop();
    await two.newWorkshop();
    const a = one.state.session!.runUi;
    const b = two.state.session!.runUi;
    expect(a).not.toBe(b);
    a.setState({ runViewShown: true, projectorOpen: true, projectorBoardId: 'x' });
    expect(b.getState()).toMatchObject({ runViewShown: false, projectorOpen: false, projectorBoardId: null });
    // The timer's keys work in the window whose Run view is shown, not in the other.
    expect(runCommands['run.startPause'].isEnabled(one)).toBe(true);
    expect(runCommands['run.startPause'].isEnabled(two)).toBe(false);
  });

  it('a workshop opened after another starts with a run UI of its own', async () => {
    const w = new Workspace(api, () => 'A');
    await w.newWorkshop();
    const first = w.state.session!.runUi;
    first.setState({ projectorOpen: true, projectorBoardId: 'board-of-the-first' });
    await w.newWorkshop();
    const second = w.state.session!.runUi;
    expect(second).not.toBe(first);
    expect(second.getState()).toMatchObject({ projectorOpen: false, projectorBoardId: null });
  });
});
