/**
 * The `habeas` command-line tool: bundle format v1 without Electron, on the same shared/
 * code as the app (design §6). main() takes the arguments and its surroundings and
 * returns the exit status; it never throws and never prints a stack trace for a mistake
 * the person can fix.
 */
import { version } from '../package.json';
import type { CommandSpec, ParsedArgs } from './args';
import { helpText, parseCommandArgs } from './args';
import { cardSpec, runCard } from './commands/card';
import { decryptSpec, runDecrypt } from './commands/decrypt';
import { inspectSpec, runInspect } from './commands/inspect';
import { keygenSpec, runKeygen } from './commands/keygen';
import { makeDemoSpec, runMakeDemo } from './commands/makeDemo';
import { runVerify, verifySpec } from './commands/verify';
import type { CliIo, ExitCode } from './io';
import { EXIT, println, UsageError } from './io';

type Command = { readonly spec: CommandSpec; readonly run: (io: CliIo, args: ParsedArgs) => Promise<ExitCode> };

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  { spec: keygenSpec, run: runKeygen },
  { spec: cardSpec, run: runCard },
  { spec: inspectSpec, run: runInspect },
  { spec: verifySpec, run: runVerify },
  { spec: decryptSpec, run: runDecrypt },
  { spec: makeDemoSpec, run: runMakeDemo },
];

/** The overview printed by `habeas --help`. */
export function overviewText(): string {
  const lines = [
    `habeas ${version}: encrypted, signed Habeas bundles (format habeas-bundle/1) from the command line.`,
    '',
    'Usage: habeas COMMAND [OPTIONS]',
    '',
    'Commands:',
    ...COMMANDS.map(({ spec }) => `  ${spec.synopsis}`),
    '',
    'Run `habeas COMMAND --help` for what a command does and its options.',
    'Exit status: 0 success (or a valid bundle), 1 invalid bundle, 2 usage error, 3 fault in the tool.',
  ];
  return `${lines.join('\n')}\n`;
}

function usageFailure(io: CliIo, error: UsageError): ExitCode {
  println(io.stderr, `habeas${error.command === undefined ? '' : ` ${error.command}`}: ${error.message}`);
  println(io.stderr, `Run \`habeas ${error.command === undefined ? '' : `${error.command} `}--help\` for usage.`);
  return EXIT.usage;
}

function internalFailure(io: CliIo, error: unknown, debug: boolean): ExitCode {
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  println(io.stderr, `habeas: internal error (${description}). Nothing was left half-written.`);
  if (debug && error instanceof Error && error.stack !== undefined) println(io.stderr, error.stack);
  else println(io.stderr, 'Set HABEAS_DEBUG=1 to see where it happened, and report it.');
  return EXIT.internal;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(overviewText());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find(({ spec }) => spec.name === rest[0]);
    io.stdout(topic === undefined ? overviewText() : helpText(topic.spec));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    println(io.stdout, version);
    return EXIT.ok;
  }
  const command = COMMANDS.find(({ spec }) => spec.name === name);
  if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.map(({ spec }) => spec.name).join(', ')}`);
  const args = parseCommandArgs(command.spec, rest);
  if (args === 'help') {
    io.stdout(helpText(command.spec));
    return EXIT.ok;
  }
  return command.run(io, args);
}

/** Runs the tool; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo, options: { debug?: boolean } = {}): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error);
    return internalFailure(io, error, options.debug === true);
  }
}
