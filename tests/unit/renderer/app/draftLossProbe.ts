/**
 * Probe for `npm run bench:durability` (not a test): the real Workspace, with a change every 50 ms
 * for 6 s on real timers and a bridge that records when each draft is sent to main. Prints, as
 * JSON, the longest time any change went without a draft that holds it: what a crash at the worst
 * moment would lose. Run with `node --import tsx`.
 */
import type { VerkstadApi } from '../../../../shared/ipc/contract';
import type { Workshop } from '../../../../shared/model/workshop';
import { Workspace } from '../../../../renderer/app/workspace';
import { setHeaderField } from '../../../../renderer/editor/workshopCommands';

const sent: string[] = [];
const api = {
  invoke: async (channel: string, req: { document?: Workshop }) => {
    if (channel === 'draft:write') {
      sent.push(req.document!.header.title);
      return { status: 'written' };
    }
    return channel === 'recent:list' || channel === 'draft:list' ? [] : { ok: true };
  },
  on: () => () => undefined,
} as unknown as VerkstadApi;

const workspace = new Workspace(api, () => 'Namnlös');
await workspace.newWorkshop();
const editor = workspace.state.editor!;
const typedAt: number[] = [];
const end = performance.now() + 6_000;
let worst = 0;
let i = 0;
while (performance.now() < end) {
  i += 1;
  setHeaderField(editor, 'title', 'x'.repeat(i));
  typedAt[i] = performance.now();
  await new Promise((r) => setTimeout(r, 50));
  // Everything typed after the newest draft is what a crash now would lose.
  const newest = sent.length === 0 ? 0 : sent[sent.length - 1]!.length;
  const firstLost = typedAt[newest + 1];
  if (firstLost !== undefined) worst = Math.max(worst, performance.now() - firstLost);
}
console.log(JSON.stringify({ changes: i, drafts: sent.length, draftLossMaxMs: Math.round(worst) }));
process.exit(0);
