import { parseArgs } from 'node:util';

/** The options a command takes, as node:util parseArgs describes them. */
export type OptionSpec = Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>;

export type ParsedArgs =
  | { ok: true; values: Record<string, string | boolean | (string | boolean)[] | undefined>; files: string[] }
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
  return { ok: true, values, files: positionals };
}
