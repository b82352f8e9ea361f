/**
 * Opens (and if needed creates) the embedded DuckDB store.
 */
import { createRequire } from 'node:module';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import { UsageError } from '../errors.js';
import { completeDatasetPeriods } from './dataset-periods.js';
import { trackInFlight } from './in-flight.js';

/**
 * DuckDB's client, loaded on first open (so that `corridor --help` never loads it) and
 * with require: it is CommonJS, and an ESM import of it parses every one of its files
 * to find their exports, which costs more than a query.
 */
export const duckdb = (): typeof import('@duckdb/node-api') => createRequire(import.meta.url)('@duckdb/node-api');

export interface Store {
  conn: DuckDBConnection;
  path: string;
  /** Another connection to the same database (the ingest's scratch work runs on one). */
  connect(): Promise<DuckDBConnection>;
  /** Closes now, or once the statements under way (interrupted) have settled; later statements fail with StoreClosedError. */
  close(): void;
}

/** The store's path: --db, else CORRIDOR_DB, else ./corridor.duckdb. */
export function storePath(option?: string): string {
  return option ?? process.env.CORRIDOR_DB ?? 'corridor.duckdb';
}

export async function openStore(path: string, opts: { readOnly?: boolean } = {}): Promise<Store> {
  const { DuckDBInstance } = duckdb();
  const instance = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {}).catch((e: Error) => {
    throw lockConflict(path, e) ?? e;
  });
  const conn = await instance.connect();
  if (!opts.readOnly) await conn.run(SCHEMA);
  const found = (await conn.runAndReadAll(`SELECT value FROM meta WHERE key = 'schema_version'`).catch(() => undefined))?.getRows() ?? [];
  if (found.length === 0 && !opts.readOnly) await conn.run(`INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}')`);
  else if (found[0]?.[0] !== SCHEMA_VERSION) {
    conn.closeSync();
    instance.closeSync();
    throw new UsageError(
      `cannot read the store ${path}: it has ${found[0]?.[0] ? `schema version ${found[0][0]}` : 'no corridor schema version'} and this corridor expects ${SCHEMA_VERSION}: delete it and run "corridor ingest" again`,
      `no se puede leer el almacén ${path}: tiene ${found[0]?.[0] ? `la versión de esquema ${found[0][0]}` : 'ninguna versión de esquema de corridor'} y este corridor espera la ${SCHEMA_VERSION}: bórrelo y ejecute "corridor ingest" de nuevo`,
    );
  }
  if (!opts.readOnly) await completeDatasetPeriods(conn);
  const inFlight = trackInFlight(conn);
  return {
    conn,
    path,
    connect: () => instance.connect(),
    close: () => {
      // A statement still under way (the server's reading ahead) is interrupted, and the
      // connection closed once it has settled, never under it (see in-flight.ts); new
      // statements are refused from now on.
      conn.interrupt();
      inFlight.closeWhenIdle(() => {
        conn.closeSync();
        instance.closeSync();
      });
    },
  };
}

/**
 * DuckDB's error when another process has the file open for writing, as a message a
 * user can act on: which process, and what to do.
 */
function lockConflict(path: string, e: Error): UsageError | undefined {
  if (!/Could not set lock on file/.test(e.message)) return undefined;
  const pid = /\(PID (\d+)\)/.exec(e.message)?.[1];
  return new UsageError(
    `cannot open the store ${path}: ${pid ? `process ${pid}` : 'another process'} has it open for writing. ` +
      `Wait for that process to finish, or stop it${pid ? ` ("kill ${pid}")` : ''}. (corridor itself writes a copy and publishes it, so this is a process that opened the file directly.)`,
    `no se puede abrir el almacén ${path}: ${pid ? `el proceso ${pid}` : 'otro proceso'} lo tiene abierto para escribir. ` +
      `Espere a que ese proceso termine, o deténgalo${pid ? ` ("kill ${pid}")` : ''}. (corridor mismo escribe una copia y la publica, así que es un proceso que abrió el archivo directamente.)`,
  );
}

/** Runs a query and returns plain objects, with BIGINT converted to number at this edge. */
export async function rows<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string, params?: unknown[]): Promise<T[]> {
  const reader = params && params.length ? await conn.runAndReadAll(sql, params as never) : await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) out[k] = plainValue(v);
    return out as T;
  });
}

/** BIGINT → number; DATE → 'YYYY-MM-DD'; TIMESTAMP → ISO string. */
function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return v;
}
