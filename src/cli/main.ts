#!/usr/bin/env node
/**
 * corridor's command line. Every command that prints data takes --format json.
 */
import { Command } from 'commander';
import { fail } from './context.js';
import { registerCheck } from './commands/check.js';
import { registerClaim } from './commands/claim.js';
import { registerEvents } from './commands/events.js';
import { registerForecast } from './commands/forecast.js';
import { registerImpact } from './commands/impact.js';
import { registerRecord } from './commands/record.js';
import { registerScenario } from './commands/scenario.js';
import { registerIngest } from './commands/ingest.js';
import { registerMeasures } from './commands/measures.js';
import { registerQuery } from './commands/query.js';
import { registerSources } from './commands/sources.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';

// A reader that stops early (corridor sources | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('corridor')
  .description('Migration statistics of the Central America - Mexico - US corridor, reconciled in one store')
  .option('--db <path>', 'the store (default: $CORRIDOR_DB or ./corridor.duckdb)');

registerStart(program);
registerIngest(program);
registerSources(program);
registerMeasures(program);
registerQuery(program);
registerCheck(program);
registerServe(program);
registerEvents(program);
registerClaim(program);
registerForecast(program);
registerImpact(program);
registerRecord(program);
registerScenario(program);

program.parseAsync(process.argv).catch(fail);
