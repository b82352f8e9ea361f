/**
 * Loading data, as `corridor ingest` and `corridor start` do it: load the sources, then
 * run the reconciliation checks again and record them whenever something was loaded or
 * the recorded checks are older than the data, so a published store always carries the
 * checks of the data it holds.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { recordChecks, runChecks } from '../analysis/checks/run.js';
import type { CheckResult } from '../analysis/checks/types.js';
import { ingest, outcomeStatus, selectAdapters, type SourceOutcome } from '../ingest/ingest.js';
import { ADAPTERS } from '../sources/registry.js';
import { refreshTerms } from '../store/dimensions/write.js';
import { isEmpty, listSources } from '../store/catalog.js';
import { checksBehindData } from '../store/checks-state.js';
import { refreshSourceRow, staleSourceRows } from '../store/source-row.js';
import { latestReaders } from '../store/vintage-readers.js';
import { readerFingerprint } from '../sources/reader-fingerprint.js';
import type { Store } from '../store/open.js';
import { findMirror, originNotice } from './mirror.js';
import { makeReporter } from './reporter.js';
import { checkWords } from './check-words.js';
import { loadWords } from './load-words.js';
import { errorText, type Lang } from './lang.js';

export interface IngestCliOptions {
  from?: string;
  only?: string[];
  cache: string;
  refresh?: boolean;
  /** The language of the notices (--lang). */
  lang?: string;
}

export interface LoadReport {
  outcomes: SourceOutcome[];
  /** Sources whose description (publisher, licence, coverage, in English and Spanish) was rewritten without a new vintage. */
  redescribed?: string[];
  /** The claim vocabulary (terms) was rewritten: the store held an older version's words. */
  vocabulary?: boolean;
  /** The checks run after the load; absent when nothing was loaded and the recorded ones are current. */
  checks?: CheckResult[];
}

/** Refuses an unknown source in --only and a --from that is not a folder, saying what is allowed. */
export function checkIngestOptions(opts: IngestCliOptions): void {
  selectAdapters(ADAPTERS, opts.only);
  if (opts.from !== undefined && !statSync(opts.from, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(
    `--from names "${opts.from}", which is not a folder: give the folder of a data mirror laid out as shared/data (us/, mx/, ...)`,
    `--from nombra "${opts.from}", que no es una carpeta: dé la carpeta de un espejo de datos organizado como shared/data (us/, mx/, ...)`,
  );
}

/** Loads from --from, else CORRIDOR_MIRROR, else ../shared/data beside the project, else downloads into the cache (mirror.ts). */
export async function runIngest(store: Store, opts: IngestCliOptions): Promise<SourceOutcome[]> {
  const mirror = findMirror(ADAPTERS, opts.from);
  process.stderr.write(`${originNotice(mirror, ADAPTERS, opts.cache, process.cwd(), opts.lang === 'es' ? 'es' : 'en')}\n`);
  const origin = mirror.dir ? { mirror: mirror.dir } : { cache: resolve(opts.cache), refresh: opts.refresh };
  return ingest(store, ADAPTERS, { origin, only: opts.only, reporter: await makeReporter() });
}

/** The sources corridor knows that the store holds no vintage of (never loaded, or an interrupted first load). */
export async function missingSources(store: Store): Promise<string[]> {
  const held = new Set((await listSources(store.conn)).map((s) => s.id));
  return ADAPTERS.map((a) => a.describe.id).filter((id) => !held.has(id));
}

/**
 * Held sources whose latest vintage this corridor's reader did not read: read by another
 * reader (`unknown` false), or by a corridor that did not record it (true). Loading them again
 * reads their files again if these are unchanged (ingest.ts), as `corridor start` does.
 */
export async function staleReaders(store: Store): Promise<{ source: string; vintage: number; unknown: boolean }[]> {
  const current = new Map(ADAPTERS.map((a) => [a.describe.id, readerFingerprint(a.describe.id)]));
  return (await latestReaders(store.conn))
    .filter((r) => current.get(r.source) !== undefined && r.reader !== current.get(r.source))
    .map((r) => ({ source: r.source, vintage: r.vintage, unknown: r.reader === null }));
}

/** The re-reads among outcomes, in words (one line), or undefined when there is none. */
export function rereadLine(outcomes: SourceOutcome[], lang: Lang = 'en'): string | undefined {
  const rereads = outcomes.filter((o) => o.status === 'loaded' && o.reread);
  if (rereads.length === 0) return undefined;
  const [unknown, changed] = [rereads.filter((o) => o.reread!.unknown), rereads.filter((o) => !o.reread!.unknown)].map((os) => os.map((o) => o.source));
  return loadWords(lang).reread(changed, unknown, 'done');
}

/** Loads the sources, then re-runs and records the checks if the load changed anything or they are behind. */
export async function loadAndCheck(store: Store, opts: IngestCliOptions): Promise<LoadReport> {
  const outcomes = opts.only?.length === 0 ? [] : await runIngest(store, opts);
  const loaded = outcomes.some((o) => o.status === 'loaded');
  if (await isEmpty(store.conn)) return { outcomes };
  const redescribed = await redescribe(store);
  // The claim vocabulary is code too: a load of unchanged files brings an older store's words up to date.
  const revocabularied = await refreshTerms(store.conn);
  const more = { ...(redescribed.length ? { redescribed } : {}), ...(revocabularied ? { vocabulary: true } : {}) };
  if (!loaded && !(await checksBehindData(store.conn))) return { outcomes, ...more };
  const checks = await runChecks(store.conn);
  await recordChecks(store.conn, checks);
  return { outcomes, checks, ...more };
}

/** Held sources whose stored words are not their adapters' (a store made before the Spanish texts). */
export async function staleDescriptions(store: Store): Promise<string[]> {
  return staleSourceRows(store.conn, ADAPTERS.map((a) => a.describe));
}

/** Rewrites the stale descriptions: the words are code, not data, so no new vintage. */
async function redescribe(store: Store): Promise<string[]> {
  const stale = new Set(await staleDescriptions(store));
  for (const a of ADAPTERS) if (stale.has(a.describe.id)) await refreshSourceRow(store.conn, a.describe);
  return [...stale];
}

export function outcomeRecords(outcomes: SourceOutcome[], lang: Lang = 'en') {
  return outcomes.map((o) => ({
    source: o.source,
    status: outcomeStatus(o, loadWords(lang).status, lang),
    vintage: o.vintage ?? null,
    observations: o.observations ?? null,
    seconds: o.seconds,
    // In the reader's language: an error with Spanish gives it; one without says it is in English (lang.ts).
    error: o.error ? errorText(o.error, lang) : null,
  }));
}

/** True when a load changed the store (something loaded or described anew, or the checks recorded again): then it is published. */
export const loadChanged = (report: LoadReport) => report.checks !== undefined || Boolean(report.redescribed?.length) || Boolean(report.vocabulary) || report.outcomes.some((o) => o.status === 'loaded');

/** One line on a check run: how many pass, differ, fail, are skipped. */
export function checksLine(results: CheckResult[], lang: Lang = 'en'): string {
  return checkWords(lang).countLine(results);
}
