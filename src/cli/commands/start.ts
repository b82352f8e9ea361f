/**
 * `corridor start` (what `npm start` runs): loads the sources the store lacks (all of
 * them into a new store; those an interrupted or failed load left out otherwise), reads
 * again the sources whose latest vintage another reader read (corridor's code reading that
 * source changed since, or the vintage does not record its reader: src/ingest/ingest.ts), runs
 * the reconciliation checks again when they are older than the data, builds the
 * dashboard if web/dist is missing or older than its sources, then serves the
 * dashboard at / and the read-only API at /api on 127.0.0.1:8080 (--host, --port),
 * and asks the Overview's questions once so the first visitor is answered from memory.
 * While another process writes the store, it serves the published version and switches
 * when the new one is published, and asks the Overview's questions again of the new data.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../api/server.js';
import { UsageError } from '../../errors.js';
import { isEmpty } from '../../store/catalog.js';
import { openStore, storePath } from '../../store/open.js';
import { StoreBusyError } from '../../store/writer-lock.js';
import { withStore } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { renderIn } from '../columns.js';
import { parseLang, type Lang } from '../lang.js';
import { loadWords } from '../load-words.js';
import { nothingLoadedNotice } from '../mirror.js';
import { stopOnSignals } from '../shutdown.js';

interface StartOptions {
  cache: string;
  port: string;
  host: string;
  build: boolean;
  lang: string;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const capitalised = (line: string) => `${line.charAt(0).toUpperCase()}${line.slice(1)}`;

/** What the published store lacks: sources never loaded, sources read by another reader, and whether its checks are behind its data. */
async function lacks(db: string): Promise<{ missing: string[]; checksBehind: boolean; stale: string[]; rereads: string[] }> {
  const { missingSources, staleDescriptions, staleReaders } = await import('../load.js');
  const { checksBehindData } = await import('../../store/checks-state.js');
  if (!existsSync(db)) return { missing: ['(all)'], checksBehind: true, stale: [], rereads: [] };
  const store = await openStore(db, { readOnly: true });
  try {
    return {
      missing: await missingSources(store),
      checksBehind: await checksBehindData(store.conn),
      stale: await staleDescriptions(store),
      rereads: (await staleReaders(store)).map((r) => r.source),
    };
  } finally {
    store.close();
  }
}

/** Loads what the store lacks and re-runs the checks, on a copy published at the end. */
async function prepareStore(db: string, cache: string, lang: Lang): Promise<void> {
  const w = loadWords(lang);
  const { checksLine, loadAndCheck, loadChanged, missingSources, outcomeRecords, staleReaders } = await import('../load.js');
  const { ADAPTERS } = await import('../../sources/registry.js');
  const before = await lacks(db);
  if (before.missing.length === 0 && !before.checksBehind && before.stale.length === 0 && before.rereads.length === 0) return;
  try {
    await withStore({ db }, async (store) => {
      const missing = await missingSources(store);
      if (missing.length === ADAPTERS.length) say(w.storeEmpty);
      else if (missing.length) say(w.storeLacks(missing));
      // Held sources that another reader read: loaded again (their unchanged files read again), in the registry's order.
      const stale = await staleReaders(store);
      if (stale.length) say(w.reread(stale.filter((r) => !r.unknown).map((r) => r.source), stale.filter((r) => r.unknown).map((r) => r.source), 'now'));
      const only = ADAPTERS.map((a) => a.describe.id).filter((id) => missing.includes(id) || stale.some((r) => r.source === id));
      const report = await loadAndCheck(store, { cache, only, lang });
      if (report.outcomes.length) say(`${renderIn(lang, 'table', outcomeRecords(report.outcomes, lang))}\n`);
      // "The others are served" only when some were loaded; with none, what fixes it.
      const empty = await isEmpty(store.conn);
      if (!empty && report.outcomes.some((o) => o.status === 'failed')) say(w.someFailed);
      if (report.checks) say(`${capitalised(w.ranChecks(checksLine(report.checks, lang)))}.`);
      if (empty) say(nothingLoadedNotice(lang));
      return report;
    }, (report) => loadChanged(report) || !existsSync(db)); // a new store is published even if empty: it is served, saying so
  } catch (e) {
    if (!(e instanceof StoreBusyError) || !existsSync(db)) throw e;
    say(w.busy(e.holder.pid, e.holder.command));
  }
}

type Prime = (url: string) => Promise<{ seconds: number; failed: string[] }>;

const reprimed = (lang: Lang, seconds: number, failed: string[]) =>
  lang === 'es'
    ? `Se publicó una nueva versión del almacén y ya se sirve: las respuestas del Resumen vuelven a estar listas (${seconds.toFixed(1)} s).${failed.length ? ` Algunas fallaron: ${failed.join('; ')}` : ''}`
    : `A new version of the store was published and is served: the Overview's answers are ready again (${seconds.toFixed(1)} s).${failed.length ? ` Some failed: ${failed.join('; ')}` : ''}`;

/**
 * Each time the server begins answering from a newly published version (an ingest or a check
 * while it runs), asks the Overview's questions again, so the first visitor after a load is
 * answered from memory as the first after start is. Before, they waited for every answer to
 * be worked out on the new data: 5.8-10.8 s for the encounters forecast alone on the 2-core
 * machine. Loads that follow each other are primed once each, one after the other.
 */
export function primeOnEachLoad(server: Pick<RunningServer, 'url' | 'onServing'>, prime: Prime, lang: Lang, tell: (line: string) => void = say): () => void {
  let queue: Promise<void> = Promise.resolve();
  return server.onServing(() => {
    queue = queue.then(async () => {
      const primed = await prime(server.url);
      tell(reprimed(lang, primed.seconds, primed.failed));
    }).catch(() => undefined);
  });
}

async function summary(db: string, lang: Lang): Promise<{ text: string; observations: number }> {
  const { listSources } = await import('../../store/catalog.js');
  const store = await openStore(db, { readOnly: true });
  try {
    const sources = await listSources(store.conn);
    const observations = sources.reduce((n, s) => n + s.observations, 0);
    return { text: loadWords(lang).summary(db, sources.length, observations), observations };
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
    .option('--lang <lang>', 'en or es: the language of what start prints', 'en')
    .action(async (opts: StartOptions, cmd: Command) => {
      const lang = parseLang(opts.lang);
      const w = loadWords(lang);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(w.port(opts.port).en, w.port(opts.port).es);
      const db = storePath(cmd.optsWithGlobals<GlobalOptions>().db);
      await prepareStore(db, opts.cache, lang);
      const held = await summary(db, lang);
      say(held.text);
      const { buildWeb, WEB_DIST, webIsStale } = await import('../web-build.js');
      if (opts.build && webIsStale()) {
        say(w.building);
        await buildWeb();
      }
      const server = await startServer({ db, host: opts.host, port, web: WEB_DIST });
      stopOnSignals(() => server.close());
      say(w.serving(server.url));
      const { primeOverview } = await import('../prime.js');
      primeOnEachLoad(server, primeOverview, lang);
      // An empty store has no answers to prepare: the notice above says what to do, not a list of 404s.
      if (held.observations === 0) return;
      const primed = await primeOverview(server.url);
      say(w.ready(primed.seconds, primed.failed));
    });
}
