import { parseArgs } from 'node:util';

/** The options a command takes, as node:util parseArgs describes them. */
export type OptionSpec = Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>;

export type ParsedArgs =
  | {
      ok: true;
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
      files: string[];
      /** Every option in the order given, for commands where order matters (export's outputs). */
      given: { name: string; value: string | undefined }[];
    }
  /** `option` is what the user typed ("--jsno", "-j", "--json=yes"; "--out" without its value is `missingValue`). */
  | { ok: false; option: string; reason: 'unknown' | 'missingValue' };

/**
 * A command's arguments read by node:util parseArgs: its options and the files around them
 * (`--` ends the options, so a file may start with a dash). Anything it does not take — an unknown
 * option, a value on a switch, a missing value — comes back as the text to name in the message.
 */
export function parseCommandArgs(args: readonly string[], options: OptionSpec): ParsedArgs {
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    // parseArgs would take the next option ("--out --force") as the value: that is a missing value
    // (a value that starts with a dash is written --out=-name.verkstad).
    const missing = token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'));
    if (spec?.type === 'string' && missing) return { ok: false, option: token.rawName, reason: 'missingValue' };
    if (spec === undefined || (spec.type === 'boolean' && token.value !== undefined)) {
      return { ok: false, option: token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName, reason: 'unknown' };
    }
  }
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [{ name: token.name, value: token.value }] : []));
  return { ok: true, values, files: positionals, given };
}
