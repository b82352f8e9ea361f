/**
 * `corridor start` (what `npm start` runs): loads the data if the store is empty and
 * records a run of the reconciliation checks if none is recorded, builds the
 * dashboard if web/dist is missing or older than its sources, then serves the
 * dashboard at / and the read-only API at /api on 127.0.0.1:8080 (--host, --port),
 * and asks the Overview's questions once so the first visitor is answered from memory.
 */
import type { Command } from 'commander';
import { recordChecks, runChecks } from '../../analysis/checks/run.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { latestChecks } from '../../analysis/checks/latest.js';
import { UsageError } from '../../errors.js';
import { isEmpty, listSources } from '../../store/catalog.js';
import { storePath, type Store } from '../../store/open.js';
import { withStore, type GlobalOptions } from '../context.js';
import { render } from '../format.js';
import { nothingLoadedNotice } from '../mirror.js';
import { primeOverview } from '../prime.js';
import { buildWeb, WEB_DIST, webIsStale } from '../web-build.js';
import { outcomeRecords, runIngest } from './ingest.js';

interface StartOptions {
  cache: string;
  port: string;
  host: string;
  build: boolean;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Loads every source into an empty store; records the checks once. */
async function prepareStore(store: Store, cache: string): Promise<void> {
  if (await isEmpty(store.conn)) {
    say('The store is empty: loading every source (this takes a minute).');
    const outcomes = await runIngest(store, { cache });
    say(`${render('table', outcomeRecords(outcomes))}\n`);
    if (outcomes.some((o) => o.status === 'failed')) say('Some sources failed to load (above); the others are served.');
  }
  if (await isEmpty(store.conn)) {
    say(nothingLoadedNotice());
    return;
  }
  if ((await latestChecks(store.conn)).length === 0) {
    const results = await runChecks(store.conn);
    await recordChecks(store.conn, results);
    say(`Ran the ${results.length} reconciliation checks: ${results.filter((r) => r.status === 'pass').length} pass, ${results.filter((r) => r.status === 'differs').length} differ (reported, not hidden), ${results.filter((r) => r.status === 'fail').length} fail.`);
  }
  const sources = await listSources(store.conn);
  say(`corridor store ${store.path}: ${sources.length} sources, ${sources.reduce((n, s) => n + s.observations, 0).toLocaleString('en-US')} observations.`);
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('load the data if the store is empty, build the dashboard if needed, then serve the dashboard and the API on http://127.0.0.1:8080')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind (0.0.0.0 exposes corridor to the network)', DEFAULT_HOST)
    .option('--no-build', 'serve web/dist as it is, even if it is older than its sources')
    .action(async (opts: StartOptions, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${opts.port}"`);
      const db = storePath(cmd.optsWithGlobals<GlobalOptions>().db);
      await withStore({ db }, (store) => prepareStore(store, opts.cache));
      if (opts.build && webIsStale()) {
        say('Building the dashboard (web/dist)...');
        await buildWeb();
      }
      const server = await startServer({ db, host: opts.host, port, web: WEB_DIST });
      say(`corridor is serving at ${server.url}/ (the dashboard; the API at ${server.url}/api/docs). Read-only; Ctrl-C stops it.`);
      const primed = await primeOverview(server.url);
      say(`The Overview's answers are ready (${primed.seconds.toFixed(1)} s).${primed.failed.length ? ` Some failed: ${primed.failed.join('; ')}` : ''}`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
