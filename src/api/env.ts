/**
 * @module
 * What the API's handlers share: the store connection, the limits, and the
 * per-request variables the middleware set (the store's version, the sources a
 * response came from).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Catalogue } from './store/catalogue.js';

export interface ApiOptions {
  /** The store, opened read-only. */
  conn: DuckDBConnection;
  /** Most rows a series or export answers with (default 50,000). */
  maxRows?: number;
  /** Longest request URL, in characters (default 4,096). */
  maxUrlLength?: number;
  /** Largest request body, in bytes (default 1,024: the API reads none). */
  maxBodyBytes?: number;
  /** Keep answers in memory, keyed by the store's vintages and the request (default true). */
  cache?: boolean;
  /** How long the store's vintage list is trusted before it is read again (default 5,000 ms). */
  versionTtlMs?: number;
  /**
   * The store's catalogue, read by the caller: for a store that cannot change (a server's
   * published version, opened read-only), so it is never read again (`versionTtlMs` unused)
   * and no request waits for a first read or a check of the vintage list.
   */
  catalogue?: Catalogue;
  /** Where unexpected errors are reported (default: stderr). */
  logError?: (e: unknown) => void;
  /** The built dashboard (web/dist), served at `/`; null or absent: the API only. */
  web?: string | null;
  /** Host names the server answers for (DNS rebinding); null or absent: any (tests, a wildcard bind). */
  allowedHosts?: string[] | null;
}

export type ResolvedOptions = Required<Omit<ApiOptions, 'catalogue'>>;

export const DEFAULTS = {
  maxRows: 50_000,
  maxUrlLength: 4_096,
  maxBodyBytes: 1_024,
  cache: true,
  versionTtlMs: 5_000,
};

export function resolveOptions(opts: ApiOptions): ResolvedOptions {
  return {
    conn: opts.conn,
    maxRows: opts.maxRows ?? DEFAULTS.maxRows,
    maxUrlLength: opts.maxUrlLength ?? DEFAULTS.maxUrlLength,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    cache: opts.cache ?? DEFAULTS.cache,
    versionTtlMs: opts.versionTtlMs ?? DEFAULTS.versionTtlMs,
    logError: opts.logError ?? ((e) => void process.stderr.write(`corridor api: ${(e as Error)?.stack ?? String(e)}\n`)),
    web: opts.web ?? null,
    allowedHosts: opts.allowedHosts ?? null,
  };
}

/** A source and the vintage of it that a response used. */
export interface SourceVintage {
  source: string;
  vintage: number;
}

export interface ApiEnv {
  Variables: {
    /** What the store holds now; `catalogue.version` changes whenever any source is loaded again. */
    catalogue: Catalogue;
    /** Set by a handler: the sources and vintages its answer came from. */
    sources: SourceVintage[];
  };
}
