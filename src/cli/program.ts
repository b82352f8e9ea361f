/**
 * The root command of the CLI, before any command is registered on it (main.ts registers
 * the ones asked for; the tests register them all).
 */
import { Command } from 'commander';

export function createProgram(): Command {
  return new Command('corridor')
    .description('Migration statistics of the Central America - Mexico - US corridor, reconciled in one store')
    .option('--db <path>', 'the store (default: $CORRIDOR_DB or ./corridor.duckdb)');
}
