/**
 * @module
 * What a server asks itself once a version of the store is read ahead: every published
 * table at each grain, plain and by each of its breakdowns, in English and Spanish,
 * through the app (no HTTP). A fresh server answered its first questions slowly: its code
 * not yet compiled by the engine, and what is worked out once per table and grain (the
 * periods rolled up, the places a table adds up to) not yet worked out. Over the first
 * 10 s of bench/api-distinct.ts a fresh server's p99 was 102 ms; the same kind of
 * questions after 10 s of others, 21-27 ms (8 December 2026). The questions are answered
 * one after the other, each giving way as any request does, so the server's users are
 * answered meanwhile. Once per process (the compiled code is what lasts): not again after a load.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS } from '../model/index.js';
import { queryCatalogue } from '../store/query/catalogue.js';

type Fetch = (req: Request) => Response | Promise<Response>;

const GRAINS = ['month', 'fy', 'cy'] as const;

/** The questions: each table at each grain (its own place), plain and by each dimension it breaks down, half in Spanish. */
export async function warmUpPaths(conn: DuckDBConnection, measures: Iterable<string>): Promise<string[]> {
  const catalogue = await queryCatalogue(conn);
  const paths: string[] = [];
  let i = 0;
  for (const measure of measures) {
    for (const ds of await catalogue.datasets(measure)) {
      const by = DIMENSIONS.filter((d) => d !== 'geography' && [...ds.members[d]].filter((m) => m !== 'ALL').length > 1);
      for (const grain of GRAINS) {
        for (const dim of [undefined, ...by]) {
          const q = new URLSearchParams({ measure, dataset: `${ds.id}`, grain, ...(dim ? { by: dim } : {}), ...(i++ % 2 ? { lang: 'es' } : {}) });
          paths.push(`/api/series?${q}`);
        }
      }
    }
  }
  return paths;
}

/**
 * Asks the questions of `warmUpPaths` of the app (as if at `base`, the server's URL);
 * stops early when `stop()` says so (the version was replaced or the server is closing).
 * A refusal (a grain a table cannot give) is an answer like any other here. Returns how
 * many were asked.
 */
export async function warmUp(fetch: Fetch, base: string, paths: string[], stop: () => boolean): Promise<number> {
  // As a request to the server's own address would come (the allowed-hosts check reads Host).
  const headers = { host: new URL(base).host };
  let asked = 0;
  for (const path of paths) {
    if (stop()) return asked;
    const res = await fetch(new Request(`${base}${path}`, { headers }));
    await res.arrayBuffer();
    asked++;
  }
  return asked;
}
