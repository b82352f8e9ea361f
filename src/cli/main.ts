#!/usr/bin/env node
/**
 * corridor's command line. Every command that prints data takes --format json.
 *
 * Only the module of the command asked for is loaded (each pulls in its own part of
 * the store and analysis), so a command starts fast. `corridor --help` prints the
 * help text the build wrote (dist/cli/help.txt, see scripts/build-finish.mjs); without
 * it, or for an unknown command, every command is loaded.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { COMMANDS } from './commands.js';
import { fail } from './context.js';
import { argvLang } from './lang.js';
import { parseErrorText } from './parse-errors.js';

// A reader that stops early (corridor sources | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('corridor')
  .description('Migration statistics of the Central America - Mexico - US corridor, reconciled in one store')
  .option('--db <path>', 'the store (default: $CORRIDOR_DB or ./corridor.duckdb)')
  // Set before the commands register: each inherits it.
  .configureOutput({ outputError: (text, write) => write(parseErrorText(text, argvLang())) });

/** The command named on the command line: the first word that is not an option (or --db's value). */
function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--db') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return undefined;
}

/** The help text written by the build, when this is the build (not the sources through tsx). */
function builtHelp(): string | undefined {
  if (!import.meta.url.endsWith('.js') || process.env.CORRIDOR_BUILD_HELP) return undefined;
  try {
    return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = commandName(args);
  const help = name === undefined && (args.includes('--help') || args.includes('-h')) ? builtHelp() : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
    return;
  }
  const wanted = name !== undefined && name in COMMANDS ? [COMMANDS[name]] : [...new Set(Object.values(COMMANDS))];
  const registers = new Set(await Promise.all(wanted.map((load) => load())));
  for (const register of registers) register(program);
  await program.parseAsync(process.argv);
}

main().catch(fail);
