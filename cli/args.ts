/**
 * Command-line parsing on top of node:util parseArgs, stricter than it: every option is
 * declared, a single-valued option may appear once, values may not be empty, and the
 * number of positional arguments is exact. Every failure is a UsageError naming the
 * command, so the person is pointed at its --help.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** One option of a command. */
export type OptionSpec = {
  readonly type: 'string' | 'boolean';
  /** May be given several times (`--trust A --trust B`). */
  readonly multiple?: boolean;
  /** Placeholder shown in help, e.g. `DIR`. */
  readonly value?: string;
  readonly description: string;
};

/** A command: its name, help text, positional arguments and options. */
export type CommandSpec = {
  readonly name: string;
  readonly summary: string;
  /** The synopsis after `habeas `. */
  readonly synopsis: string;
  /** Names of the positional arguments, all required, e.g. `['FILE']`. */
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Paragraphs after the option list. */
  readonly details: readonly string[];
};

/** What a command received. */
export type ParsedArgs = {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
};

function parseOptions(spec: CommandSpec) {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.type, ...(option.multiple === true ? { multiple: true } : {}) };
  }
  return options;
}

/** Node's messages are good but long; keep the first sentence. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message : message.slice(0, end + 1);
}

type RawArgs = { values: ParsedArgs['values']; positionals: string[]; tokens: readonly { kind: string; name?: string }[] };

function runParseArgs(spec: CommandSpec, argv: readonly string[]): RawArgs {
  const parsed = parseArgs({ args: [...argv], options: parseOptions(spec), allowPositionals: true, strict: true, tokens: true });
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    values[name] = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : value;
  }
  return { values, positionals: parsed.positionals, tokens: parsed.tokens };
}

/**
 * Parses a command's arguments; `--help` wins over everything else.
 * @throws UsageError on anything the spec does not allow
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs | 'help' {
  let parsed: RawArgs;
  try {
    parsed = runParseArgs(spec, argv);
  } catch (error) {
    if (argv.includes('--help') || argv.includes('-h')) return 'help';
    const message = error instanceof Error ? firstSentence(error.message) : 'invalid arguments';
    throw new UsageError(message.replace(/^Option/, 'option'), spec.name);
  }
  if (parsed.values.help === true) return 'help';
  checkRepeats(spec, parsed.tokens);
  for (const [name, value] of Object.entries(parsed.values)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => item === '')) throw new UsageError(`--${name} needs a value`, spec.name);
  }
  const { positionals } = parsed;
  if (positionals.length < spec.positionals.length) {
    throw new UsageError(`missing ${spec.positionals.slice(positionals.length).join(' ')}`, spec.name);
  }
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[spec.positionals.length])}`, spec.name);
  }
  return { command: spec.name, positionals, values: parsed.values };
}

function checkRepeats(spec: CommandSpec, tokens: readonly { kind: string; name?: string }[]): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = spec.options[token.name];
    if (option?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} may be given only once`, spec.name);
    seen.add(token.name);
  }
}

/** A single-valued string option, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A required string option.
 * @throws UsageError if it is missing
 */
export function requiredOption(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(`--${name} is required`, args.command);
  return value;
}

/** A repeatable string option's values, in order (empty if absent). */
export function listOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  if (typeof value === 'string') return [value];
  return value === undefined || typeof value === 'boolean' ? [] : value;
}

/** Whether a boolean option was given. */
export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** The command's first positional argument (parseCommandArgs guarantees the count). */
export function positional(args: ParsedArgs, index: number): string {
  const value = args.positionals[index];
  if (value === undefined) throw new UsageError('missing argument', args.command);
  return value;
}

const OPTION_COLUMN = 28;

/** The help text of a command. */
export function helpText(spec: CommandSpec): string {
  const lines = [`Usage: habeas ${spec.synopsis}`, '', spec.summary, '', 'Options:'];
  const entries: [string, string][] = Object.entries(spec.options).map(([name, option]) => [
    `--${name}${option.value === undefined ? '' : ` ${option.value}`}`,
    `${option.description}${option.multiple === true ? ' (may be repeated)' : ''}`,
  ]);
  entries.push(['-h, --help', 'Show this help.']);
  for (const [left, right] of entries) lines.push(`  ${left.padEnd(OPTION_COLUMN - 2)}${right}`);
  for (const paragraph of spec.details) lines.push('', paragraph);
  return `${lines.join('\n')}\n`;
}
