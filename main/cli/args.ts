import { parseArgs } from 'node:util';

/** The options a command takes, as node:util parseArgs describes them. */
export type OptionSpec = Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>;

export type ParsedArgs =
  | { ok: true; values: Record<string, string | boolean | (string | boolean)[] | undefined>; files: string[] }
  /** `option` is what the user typed ("--jsno", "-j", "--json=yes", "--paper" without a value). */
  | { ok: false; option: string };

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
    const wrong =
      spec === undefined || (spec.type === 'boolean' && token.value !== undefined) || (spec.type === 'string' && (token.value === undefined || token.value === ''));
    if (wrong) return { ok: false, option: token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName };
  }
  return { ok: true, values, files: positionals };
}
