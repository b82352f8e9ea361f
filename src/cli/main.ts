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
import { fail } from './context.js';

type Register = (program: Command) => void;

/** Each command's module, by the name it is called with. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./commands/start.js')).registerStart,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  sources: async () => (await import('./commands/sources.js')).registerSources,
  measures: async () => (await import('./commands/measures.js')).registerMeasures,
  dimensions: async () => (await import('./commands/measures.js')).registerMeasures,
  query: async () => (await import('./commands/query.js')).registerQuery,
  check: async () => (await import('./commands/check.js')).registerCheck,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  events: async () => (await import('./commands/events.js')).registerEvents,
  claim: async () => (await import('./commands/claim.js')).registerClaim,
  forecast: async () => (await import('./commands/forecast.js')).registerForecast,
  impact: async () => (await import('./commands/impact.js')).registerImpact,
  record: async () => (await import('./commands/record.js')).registerRecord,
  scenario: async () => (await import('./commands/scenario.js')).registerScenario,
};

// A reader that stops early (corridor sources | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('corridor')
  .description('Migration statistics of the Central America - Mexico - US corridor, reconciled in one store')
  .option('--db <path>', 'the store (default: $CORRIDOR_DB or ./corridor.duckdb)');

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
