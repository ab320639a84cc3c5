import { annotateCommand, annotateHelp } from './commands/annotate';
import { evalCommand, evalHelp } from './commands/eval';
import { exportCommand, exportHelp } from './commands/export';
import { importCommand, importHelp } from './commands/import';
import { trainCommand, trainHelp } from './commands/train';
import { glossaryCommand, glossaryHelp } from './commands/glossary';
import { InputError, UsageError } from './errors';
import { CliIO, processIO } from './io';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each subcommand: its function and its help text. Commands register here, one file each. */
export const COMMANDS: Record<string, { run: Command; help: string }> = {
  annotate: { run: annotateCommand, help: annotateHelp },
  eval: { run: evalCommand, help: evalHelp },
  export: { run: exportCommand, help: exportHelp },
  import: { run: importCommand, help: importHelp },
  train: { run: trainCommand, help: trainHelp },
  glossary: { run: glossaryCommand, help: glossaryHelp },
};

export function usage(): string {
  return `usage: zhnews <command> [options]\n\n${Object.values(COMMANDS).map((c) => c.help).join('\n\n')}\n`;
}

/** Runs the CLI; returns the exit code (0 ok, 1 bad input, 2 wrong usage). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`zhnews: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`zhnews ${name}: ${e.message}\n\n${command.help}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  // A closed pipe (zhnews … | head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`zhnews: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
