#!/usr/bin/env node
/**
 * corridor's command line. Every command that prints data takes --format json.
 *
 * Only the module of the command asked for is loaded (each pulls in its own part of
 * the store and analysis), so a command starts fast. `corridor --help` prints the
 * help text the build wrote (dist/cli/help.txt, help.es.txt under --lang es, see
 * scripts/build-finish.mjs); without it, or for an unknown command, every command is loaded.
 * Under --lang es the help of every command is Spanish (help-es.ts).
 */
import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands.js';
import { fail } from './context.js';
import { argvLang, type Lang } from './lang.js';
import { parseErrorText } from './parse-errors.js';
import { createProgram } from './program.js';

// A reader that stops early (corridor sources | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// The parse errors' output is set before the commands register: each inherits it.
const program = createProgram().configureOutput({ outputError: (text, write) => write(parseErrorText(text, argvLang())) });

/** The command named on the command line: the first word that is not an option (or --db's or --lang's value). */
function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--db' || args[i] === '--lang') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return undefined;
}

/** The help text written by the build, when this is the build (not the sources through tsx). */
function builtHelp(lang: Lang): string | undefined {
  if (!import.meta.url.endsWith('.js') || process.env.CORRIDOR_BUILD_HELP) return undefined;
  try {
    return readFileSync(new URL(lang === 'es' ? './help.es.txt' : './help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = commandName(args);
  const lang = argvLang(args);
  const help = name === undefined && (args.includes('--help') || args.includes('-h')) ? builtHelp(lang) : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
    return;
  }
  const wanted = name !== undefined && name in COMMANDS ? [COMMANDS[name]] : [...new Set(Object.values(COMMANDS))];
  const registers = new Set(await Promise.all(wanted.map((load) => load())));
  for (const register of registers) register(program);
  if (lang === 'es') (await import('./help-es.js')).spanishHelp(program);
  await program.parseAsync(process.argv);
}

main().catch(fail);
