import { cli } from '../../shared/i18n/areas/cli';
import { Language } from '../../shared/model/language';
import { fill } from '../../shared/vsm/format';
import { EXIT, type CliIo, type ExitCode } from './io';
import { createChromiumPrinter } from '../chromium/printer';
import { kpiCommand } from './kpi';
import { metricsCommand } from './metrics';
import { validateCommand } from './validate';

type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

/** The commands of `npm run verkstad -- <command>`; the export issue adds its own here. */
const commands: Record<string, Command> = {
  metrics: metricsCommand,
  // Printed by the Chromium main/chromium/browser.ts finds; the packaged app prints in Electron (main/electron/headlessExport.ts).
  // Loaded when asked for: the office formats' libraries would slow every other command's start.
  export: async (args, io) => (await import('./export')).exportCommand(args, io, () => createChromiumPrinter()),
  validate: validateCommand,
  kpi: kpiCommand,
  // Runs until Ctrl+C (or SIGTERM), then saves the room's results into the file.
  // Loaded only for this command: the server's libraries would slow every other command's start.
  room: async (args, io) => {
    const { roomCommand, stdinLines } = await import('./room');
    const commands = stdinLines();
    return roomCommand(args, io, {
      commands,
      // Tests serve a stand-in page; everyone else gets the built one (out/participant).
      pageDir: process.env.VERKSTAD_PARTICIPANT_DIR || undefined,
      stop: new Promise((done) => {
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
      }),
      // Standard input would keep the process alive after the room has closed.
    }).finally(() => {
      commands.close();
      process.stdin.destroy();
    });
  },
  import: async (args, io) => (await import('./import')).importCommand(args, io),
};

/** Pulls `--lang xx` out of the arguments (it applies to every command). */
function takeLanguage(args: readonly string[], fallback: Language): { lang: Language; rest: string[] } | { badLanguage: string } {
  const at = args.indexOf('--lang');
  if (at === -1) return { lang: fallback, rest: [...args] };
  const parsed = Language.safeParse(args[at + 1]);
  if (!parsed.success) return { badLanguage: args[at + 1] ?? '' };
  return { lang: parsed.data, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const taken = takeLanguage(argv, io.lang);
  if ('badLanguage' in taken) {
    io.err(`${fill(cli[io.lang].unknownOption, { option: `--lang ${taken.badLanguage}`.trim() })}\n\n${cli[io.lang].usage}`);
    return EXIT.usage;
  }
  const local: CliIo = { ...io, lang: taken.lang, langGiven: argv.includes('--lang') };
  const [name, ...rest] = taken.rest;
  const usage = cli[local.lang].usage;
  if (name === undefined) {
    local.err(usage);
    return EXIT.usage;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    local.out(usage);
    return EXIT.ok;
  }
  const command = commands[name];
  if (command === undefined) {
    local.err(`${fill(cli[local.lang].unknownCommand, { command: name })}\n\n${usage}`);
    return EXIT.usage;
  }
  return command(rest, local);
}
