import type { Services } from '../services';
import type { Handler } from './handlers';
import type { runContract } from '../../shared/ipc/runContract';

type RunHandlers = { [C in keyof typeof runContract]: Handler<C> };

/** The run-mode channels: timer preferences, agenda templates, and the calling window's projector. */
export function createRunHandlers(services: Services): RunHandlers {
  return {
    'timer:preferences': () => services.timer.get(),
    'timer:setPreferences': (patch) => services.timer.update(patch),
    'templates:list': () => services.templates.list(),
    'templates:save': ({ name, items }) => services.templates.save(name, items),
    'templates:delete': ({ id }) => services.templates.delete(id),
    'projector:displays': async (_req, ctx) => (ctx.projector ? ctx.projector.displays() : []),
    'projector:open': async ({ displayId, link }, ctx) => {
      if (!ctx.projector) return { status: 'failed', detail: 'this host cannot open a projector window' };
      return ctx.projector.open(displayId, link);
    },
    'projector:close': async (_req, ctx) => {
      await ctx.projector?.close();
      return { ok: true };
    },
  };
}
