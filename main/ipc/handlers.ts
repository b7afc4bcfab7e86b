import { basename } from 'node:path';
import { z } from 'zod';
import { contract, type Contract, type OpenFailure } from '../../shared/ipc/contract';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { languageFromLocale } from '../../shared/i18n/format';
import { suggestedFileName, withWorkshopExtension, type Services } from '../services';
import type { CallContext, DialogPort, HostInfo } from './ports';
import { createRunHandlers } from './runHandlers';
import { createReportHandlers } from './reportHandlers';
import { createRoomHandlers } from './roomHandlers';
import { createTeamBoardsHandlers } from './teamBoardsHandlers';
import { createExchangeHandlers } from './exchangeHandlers';
import { createDrawioHandlers } from './drawioHandlers';
import type { Printer } from '../services/printer';
import type { DurableWriteOptions } from '../services/durableWrite';
import { detailOf, ioProblemOf } from '../services/ioProblem';

export type Handler<C extends InvokeChannel> = (req: z.output<Contract[C]['req']>, ctx: CallContext) => Promise<z.input<Contract[C]['res']>>;
/**
 * Channels whose request is too heavy to check on main's event loop: the handler gets the request
 * as it came (JSON text or a cloned value) and checks it against the contract in a worker itself.
 * The typed handler of the same channel stays for callers that already hold a checked value.
 */
export type RawHandlers = { 'draft:write': (raw: unknown, ctx: CallContext) => Promise<z.input<Contract['draft:write']['res']>> };
export type HandlerTable = { [C in InvokeChannel]: Handler<C> } & { raw?: RawHandlers };

export interface HandlerDeps {
  services: Services;
  dialogs: DialogPort;
  host: HostInfo;
  /** Prints the PDF report and board pictures; null where the host has none. */
  printer?: Printer | null;
}

const ok = { ok: true } as const;

/** While a save waits on another program holding the file, the window hears so (and the user with it). */
function waitingNotice(ctx: CallContext, path: string): DurableWriteOptions['onRetry'] {
  const fileName = basename(path);
  return ({ attempt, waitedMs }) => ctx.window.send?.('workshop:saveWaiting', { fileName, attempt, waitedMs });
}

/** Every channel of the contract, implemented by calling the services. Hosts bind this table. */
export function createHandlers({ services, dialogs, host, printer = null }: HandlerDeps): HandlerTable {
  const { settings, recent, drafts, grants } = services;

  const appLanguage = async () => (await settings.get()).language ?? languageFromLocale(host.osLocale);

  const notPermitted = (path: string): OpenFailure => ({
    status: 'failed',
    fileName: path.split(/[\\/]/).pop() || path,
    problem: 'notPermitted',
    detail: 'the path was not chosen by the user',
  });

  return {
    'app:info': async () => ({
      host: host.host,
      version: host.version,
      platform: host.platform,
      language: (await settings.get()).language ?? languageFromLocale(host.osLocale),
    }),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'recent:list': () => recent.list(),
    'recent:remove': async ({ path }) => {
      await recent.remove(path);
      return recent.list();
    },
    'workshop:openDialog': async () => {
      const path = await dialogs.chooseFileToOpen();
      if (path === null) return { status: 'canceled' };
      return services.openChosenPath(path);
    },
    'workshop:openRecent': async ({ path }) => {
      if (!(await recent.has(path))) return notPermitted(path);
      return services.openChosenPath(path);
    },
    'workshop:reload': async ({ path }) => {
      if (!grants.has(path)) return notPermitted(path);
      return services.openChosenPath(path);
    },
    'workshop:save': async ({ path, document, expectedStamp, overwrite, draft }, ctx) => {
      if (!grants.has(path)) return { status: 'failed', problem: 'notPermitted', detail: 'the path was not chosen by the user' };
      return services.saveWorkshop({ path, document, expectedStamp, overwrite, draft, onRetry: waitingNotice(ctx, path) });
    },
    'workshop:saveAs': async ({ document, suggestedName, draft }, ctx) => {
      const chosen = await dialogs.chooseFileToSave(suggestedFileName(document.header.title, suggestedName));
      if (chosen === null) return { status: 'canceled' };
      const path = await grants.grant(withWorkshopExtension(chosen));
      // The OS dialog has already asked whether to replace an existing file.
      return services.saveWorkshop({ path, document, expectedStamp: null, overwrite: true, draft, onRetry: waitingNotice(ctx, path) });
    },
    'draft:list': () => drafts.list(),
    'draft:write': async ({ draftId, path, stamp, document, revision }) => {
      if (path !== null && !grants.has(path)) throw new Error('draft for a path the user did not choose');
      try {
        await drafts.write(draftId, path, stamp, document, revision);
        return { status: 'written' };
      } catch (error) {
        return { status: 'failed', problem: ioProblemOf(error), detail: detailOf(error) };
      }
    },
    raw: {
      // The whole workshop checked and serialised in a worker (draftPreparer.ts); main checks the
      // grant and writes the text through the same durable path as above.
      'draft:write': async (raw) => {
        const prepared = await services.draftPreparer.prepare(raw, drafts.savedAt());
        if (!prepared.ok) throw new ContractViolation(`invalid request on draft:write: ${prepared.error}`);
        if (prepared.path !== null && !grants.has(prepared.path)) throw new Error('draft for a path the user did not choose');
        try {
          await drafts.writeText(prepared.draftId, prepared.revision, prepared.text);
          return { status: 'written' };
        } catch (error) {
          return { status: 'failed', problem: ioProblemOf(error), detail: detailOf(error) };
        }
      },
    },
    'draft:discard': async ({ draftId }) => {
      await drafts.discard(draftId);
      return ok;
    },
    'draft:restore': async ({ draftId }) => {
      const read = await drafts.read(draftId);
      if (!read.ok) return { status: 'failed', fileName: draftId, problem: read.missing ? 'notFound' : 'schema', detail: read.detail };
      const { draft } = read;
      // The draft was written for a path the user had chosen in the session that crashed.
      const path = draft.path === null ? null : await grants.grant(draft.path);
      return {
        status: 'restored',
        draftId,
        document: draft.document,
        path,
        fileName: path === null ? null : (path.split(/[\\/]/).pop() ?? path),
        stamp: draft.stamp,
      };
    },
    'dialog:askUnsaved': async ({ fileName }) => ({ choice: await dialogs.askUnsaved(fileName) }),
    'dialog:askConflict': async ({ fileName, reason }) => ({ choice: await dialogs.askConflict(fileName, reason) }),
    'window:setState': async (state, ctx) => {
      ctx.window.setState(state);
      return ok;
    },
    'window:closeConfirmed': async (_req, ctx) => {
      ctx.window.closeConfirmed();
      return ok;
    },
    ...createRunHandlers(services),
    'overview:chooseFolder': async () => {
      const folder = await dialogs.chooseFolder();
      if (folder === null) return { status: 'canceled' };
      return services.folders.scan(services.folders.grant(folder));
    },
    'overview:rescan': async ({ folder }) => {
      if (!services.folders.hasFolder(folder)) return { status: 'failed', folder, problem: 'notPermitted', detail: 'the folder was not chosen by the user' };
      return services.folders.scan(folder);
    },
    'overview:open': async ({ path }) => {
      if (!(await services.folders.covers(path))) return notPermitted(path);
      return services.openChosenPath(path);
    },
    'record:createFollowUp': async ({ document, suggestedName }, ctx) => {
      // A dated follow-up (next week's board meeting) gets its date in the name, so a series of files never suggests the same one.
      const name = document.header.date && document.header.title.trim() ? `${document.header.title} ${document.header.date}` : document.header.title;
      const chosen = await dialogs.chooseFileToSave(suggestedFileName(name, suggestedName));
      if (chosen === null) return { status: 'canceled' };
      const path = await grants.grant(withWorkshopExtension(chosen));
      const saved = await services.saveWorkshop({ path, document, expectedStamp: null, overwrite: true, draft: null, onRetry: waitingNotice(ctx, path) });
      if (saved.status === 'failed') return { status: 'failed', fileName: path.split(/[\\/]/).pop() || path, problem: saved.problem, detail: saved.detail };
      if (saved.status !== 'saved') return { status: 'canceled' };
      // Opened from disk like any file, so what the user sees is exactly what was written.
      return services.openChosenPath(saved.path);
    },
    ...createRoomHandlers(services.room),
    ...createReportHandlers({ dialogs, printer, language: appLanguage }),
    ...createTeamBoardsHandlers({ dialogs, language: appLanguage }),
    ...createExchangeHandlers({ dialogs, printer, settings, language: appLanguage }),
    ...createDrawioHandlers({ dialogs, language: appLanguage }),
  };
}

export class ContractViolation extends Error {}

/**
 * The one door into main: an unknown channel or a request that fails its schema is refused
 * before any service sees it; the response is checked against the contract on the way out.
 */
export async function dispatch(table: HandlerTable, channel: string, raw: unknown, ctx: CallContext): Promise<unknown> {
  if (!Object.hasOwn(contract, channel)) throw new ContractViolation(`unknown channel ${JSON.stringify(channel)}`);
  const name = channel as InvokeChannel;
  const rawHandler = rawHandlerOf(table, name);
  if (rawHandler) return contract[name].res.parse(await rawHandler(raw, ctx));
  const parsed = contract[name].req.safeParse(raw);
  if (!parsed.success) throw new ContractViolation(`invalid request on ${name}: ${z.prettifyError(parsed.error)}`);
  const handler = table[name] as (req: unknown, ctx: CallContext) => Promise<unknown>;
  return contract[name].res.parse(await handler(parsed.data, ctx));
}

/** The handler that takes `channel`'s request unchecked (and checks it off the event loop), if there is one. */
export function rawHandlerOf(table: HandlerTable, channel: string): ((raw: unknown, ctx: CallContext) => Promise<unknown>) | undefined {
  return table.raw && Object.hasOwn(table.raw, channel) ? table.raw[channel as keyof RawHandlers] : undefined;
}
