import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ingest, type SourceOutcome } from '../../ingest/ingest.js';
import { ADAPTERS } from '../../sources/registry.js';
import type { Store } from '../../store/open.js';
import { render, parseFormat } from '../format.js';
import { findMirror, originNotice } from '../mirror.js';
import { makeReporter } from '../reporter.js';
import { withStore, type GlobalOptions } from '../context.js';

export interface IngestCliOptions {
  from?: string;
  only?: string[];
  cache: string;
  refresh?: boolean;
}

/** Loads from --from, else CORRIDOR_MIRROR, else ../shared/data beside the project, else downloads into the cache (mirror.ts). */
export async function runIngest(store: Store, opts: IngestCliOptions): Promise<SourceOutcome[]> {
  const mirror = findMirror(ADAPTERS, opts.from);
  process.stderr.write(`${originNotice(mirror, ADAPTERS, opts.cache)}\n`);
  const origin = mirror.dir ? { mirror: mirror.dir } : { cache: resolve(opts.cache), refresh: opts.refresh };
  return ingest(store, ADAPTERS, { origin, only: opts.only, reporter: makeReporter() });
}

export function outcomeRecords(outcomes: SourceOutcome[]) {
  return outcomes.map((o) => ({
    source: o.source,
    status: o.status,
    vintage: o.vintage ?? null,
    observations: o.observations ?? null,
    seconds: o.seconds,
    error: o.error?.message ?? null,
  }));
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load every source into the store (from a local mirror, or downloaded from the publishers)')
    .option('--from <dir>', 'read a local mirror laid out as the shared data folder (default: $CORRIDOR_MIRROR)')
    .option('--only <source...>', 'load only these sources')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .option('--refresh', 'download again even when a file is cached')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: IngestCliOptions & { format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const outcomes = await withStore(cmd.optsWithGlobals<GlobalOptions>(), (store) => runIngest(store, opts));
      const records = outcomeRecords(outcomes);
      process.stdout.write(`${render(format, records)}\n`);
      if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
    });
}
