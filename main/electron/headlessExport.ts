import { app } from 'electron';
import { exportCommand } from '../cli/export';
import { languageFromLocale } from '../../shared/i18n/format';
import { Language } from '../../shared/model/language';
import { createElectronPrinter } from './printer';

/**
 * `Verkstad --export <file.verkstad> --pdf <out.pdf> [--paper A4|A3|Letter] [--agenda] [--lang sv|nb|en]`:
 * the command line's export, run by the packaged app without opening a window (docs/cli.md).
 * Returns the arguments after `--export` when the app was started for it, else null.
 */
export function exportArgsFromArgv(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--export');
  return at === -1 ? null : argv.slice(at + 1);
}

export async function runHeadlessExport(args: string[]): Promise<number> {
  // The print window closing must not end the app before the PDF is written; main.ts exits with the status.
  app.on('window-all-closed', () => undefined);
  await app.whenReady();
  const langAt = args.indexOf('--lang');
  const given = langAt === -1 ? null : Language.safeParse(args[langAt + 1]);
  if (given && !given.success) {
    process.stderr.write(`Unknown value for --lang; expected one of: sv, nb, en.\n`);
    return 2;
  }
  const rest = langAt === -1 ? args : [...args.slice(0, langAt), ...args.slice(langAt + 2)];
  return exportCommand(
    rest,
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      lang: given?.success ? given.data : languageFromLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
      langGiven: given?.success ?? false,
      cwd: process.cwd(),
    },
    createElectronPrinter,
  );
}
