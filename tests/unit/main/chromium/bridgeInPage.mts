// Run with tsx by bridgeParts.test.ts: the bridge's source as Playwright sends it to the page
// (`(${fn})(arg)`), compiled as `npm run start:chromium` and the benchmarks compile it, run in a
// context with nothing but the binding. Prints what the page would have as `verkstad`.
import { runInNewContext } from 'node:vm';
import { installBridge } from '../../../../main/chromium/host';

const page: Record<string, unknown> = { __verkstadInvoke: async () => undefined, Object, JSON, Promise, Map, Set, Error, Math };
page.globalThis = page;
runInNewContext(`(${installBridge.toString()})(${JSON.stringify({ invoke: ['draft:list'], events: [] })})`, page);
const api = page.verkstad as { invoke?: unknown; on?: unknown } | undefined;
console.log(JSON.stringify({ invoke: typeof api?.invoke, on: typeof api?.on }));
