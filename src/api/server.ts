/**
 * @module
 * Serves the API over HTTP: opens the store read-only and listens on 127.0.0.1
 * unless told otherwise. Port 0 picks a free port (tests, benchmarks).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { UsageError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { warmQueryCatalogue } from '../store/query/catalogue.js';
import { createApp } from './app.js';
import { answerClientErrors } from './client-errors.js';
import { allowedHostsFor } from './middleware/allowed-hosts.js';
import type { ApiOptions } from './env.js';
import { catalogueReader } from './store/catalogue.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServeOptions extends Omit<ApiOptions, 'conn'> {
  /** The store's path. */
  db: string;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  if (!existsSync(opts.db)) throw new UsageError(`no store at ${opts.db}: run "corridor ingest" first (or pass --db)`);
  const store = await openStore(opts.db, { readOnly: true });
  try {
    await catalogueReader(store.conn, 0)();
    // Every table's codes and periods in memory before the first request.
    await warmQueryCatalogue(store.conn);
  } catch (e) {
    store.close();
    throw new UsageError(`cannot read the store ${opts.db} (${(e as Error).message.split('\n')[0]}): it may come from another version of corridor; run "corridor ingest" into a fresh store`);
  }
  const { db: _db, host = DEFAULT_HOST, port = DEFAULT_PORT, ...api } = opts;
  const extraHosts = (process.env.CORRIDOR_ALLOWED_HOSTS ?? '').split(',').filter((h) => h.trim() !== '');
  const app = createApp({ allowedHosts: allowedHostsFor(host, extraHosts), ...api, conn: store.conn });
  let server: Server;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: host, port }, resolve) as Server;
    answerClientErrors(server);
    server.once('error', reject);
  }).catch((e: Error) => {
    store.close();
    throw new UsageError(`cannot listen on ${host}:${port}: ${e.message}`);
  });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    host: address.address,
    port: address.port,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}
