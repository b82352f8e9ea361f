/**
 * `corridor start` (what `npm start` runs): loads the sources the store lacks (all of
 * them into a new store; those an interrupted or failed load left out otherwise), runs
 * the reconciliation checks again when they are older than the data, builds the
 * dashboard if web/dist is missing or older than its sources, then serves the
 * dashboard at / and the read-only API at /api on 127.0.0.1:8080 (--host, --port),
 * and asks the Overview's questions once so the first visitor is answered from memory.
 * While another process writes the store, it serves the published version and switches
 * when the new one is published.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { UsageError } from '../../errors.js';
import { isEmpty } from '../../store/catalog.js';
import { openStore, storePath } from '../../store/open.js';
import { StoreBusyError } from '../../store/writer-lock.js';
import { withStore } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { render } from '../format.js';
import { nothingLoadedNotice } from '../mirror.js';
import { stopOnSignals } from '../shutdown.js';

interface StartOptions {
  cache: string;
  port: string;
  host: string;
  build: boolean;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** What the published store lacks: sources never loaded, and whether its checks are behind its data. */
async function lacks(db: string): Promise<{ missing: string[]; checksBehind: boolean; stale: string[] }> {
  const { missingSources, staleDescriptions } = await import('../load.js');
  const { checksBehindData } = await import('../../store/checks-state.js');
  if (!existsSync(db)) return { missing: ['(all)'], checksBehind: true, stale: [] };
  const store = await openStore(db, { readOnly: true });
  try {
    return { missing: await missingSources(store), checksBehind: await checksBehindData(store.conn), stale: await staleDescriptions(store) };
  } finally {
    store.close();
  }
}

/** Loads what the store lacks and re-runs the checks, on a copy published at the end. */
async function prepareStore(db: string, cache: string): Promise<void> {
  const { checksLine, loadAndCheck, loadChanged, missingSources, outcomeRecords } = await import('../load.js');
  const { ADAPTERS } = await import('../../sources/registry.js');
  const before = await lacks(db);
  if (before.missing.length === 0 && !before.checksBehind && before.stale.length === 0) return;
  try {
    await withStore({ db }, async (store) => {
      const missing = await missingSources(store);
      if (missing.length === ADAPTERS.length) say('The store is empty: loading every source (this takes a minute).');
      else if (missing.length) say(`The store lacks ${missing.length} source${missing.length === 1 ? '' : 's'} (${missing.join(', ')}): loading ${missing.length === 1 ? 'it' : 'them'}.`);
      const report = await loadAndCheck(store, { cache, only: missing });
      if (report.outcomes.length) say(`${render('table', outcomeRecords(report.outcomes))}\n`);
      if (report.outcomes.some((o) => o.status === 'failed')) say('Some sources failed to load (above); the others are served, and the next start tries the missing ones again.');
      if (report.checks) say(`Ran the ${checksLine(report.checks)}.`);
      if (await isEmpty(store.conn)) say(nothingLoadedNotice());
      return report;
    }, (report) => loadChanged(report) || !existsSync(db)); // a new store is published even if empty: it is served, saying so
  } catch (e) {
    if (!(e instanceof StoreBusyError) || !existsSync(db)) throw e;
    say(`Process ${e.holder.pid} ("corridor ${e.holder.command}") is writing the store: serving the version published before it; the server switches to the new one as soon as it is published.`);
  }
}

async function summary(db: string): Promise<string> {
  const { listSources } = await import('../../store/catalog.js');
  const store = await openStore(db, { readOnly: true });
  try {
    const sources = await listSources(store.conn);
    return `corridor store ${db}: ${sources.length} sources, ${sources.reduce((n, s) => n + s.observations, 0).toLocaleString('en-US')} observations.`;
  } finally {
    store.close();
  }
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('load what the store lacks, build the dashboard if needed, then serve the dashboard and the API on http://127.0.0.1:8080')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind (0.0.0.0 exposes corridor to the network)', DEFAULT_HOST)
    .option('--no-build', 'serve web/dist as it is, even if it is older than its sources')
    .action(async (opts: StartOptions, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${opts.port}"`);
      const db = storePath(cmd.optsWithGlobals<GlobalOptions>().db);
      await prepareStore(db, opts.cache);
      say(await summary(db));
      const { buildWeb, WEB_DIST, webIsStale } = await import('../web-build.js');
      if (opts.build && webIsStale()) {
        say('Building the dashboard (web/dist)...');
        await buildWeb();
      }
      const server = await startServer({ db, host: opts.host, port, web: WEB_DIST });
      stopOnSignals(() => server.close());
      say(`corridor is serving at ${server.url}/ (the dashboard; the API at ${server.url}/api/docs). Read-only; Ctrl-C stops it.`);
      const { primeOverview } = await import('../prime.js');
      const primed = await primeOverview(server.url);
      say(`The Overview's answers are ready (${primed.seconds.toFixed(1)} s).${primed.failed.length ? ` Some failed: ${primed.failed.join('; ')}` : ''}`);
    });
}
