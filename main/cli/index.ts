/**
 * The command-line entry: `npm run verkstad -- <command> …` (docs/cli.md). Runs in plain Node,
 * without Electron, for batch work and scripts.
 */
import { languageFromLocale } from '../../shared/i18n/format';
import { runCli } from './router';

const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  lang: languageFromLocale(locale),
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exitCode = code;
