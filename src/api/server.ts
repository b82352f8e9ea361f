/**
 * @module
 * Serves the API over HTTP: reads the published version of the store (read-only) and
 * listens on 127.0.0.1 unless told otherwise. Port 0 picks a free port (tests,
 * benchmarks). When an ingest publishes a new version, the server builds the API over
 * it and switches: requests under way finish on the version they started with (see
 * src/store/published.ts). The app and the HTTP server are loaded when a server
 * starts, so that commands that do not serve never load them.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../errors.js';
import { closedUnder } from '../store/in-flight.js';
import type { Store } from '../store/open.js';
import { PublishedStore } from '../store/published.js';
import { answerClientErrors } from './client-errors.js';
import type { ApiOptions } from './env.js';
import { allowedHostsFor } from './middleware/allowed-hosts.js';
import type { Catalogue } from './store/catalogue.js';
import { warmUp, warmUpPaths } from './warm-up.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServeOptions extends Omit<ApiOptions, 'conn'> {
  /** The store's path. */
  db: string;
  host?: string;
  port?: number;
  /** How often the store's file is looked at for a new version (default 250 ms). */
  pollMs?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  /** The version of the store that answers new requests. */
  readonly store: Store;
  /** The published store: `published.onSwitch(...)` is the hook "store switched". */
  published: PublishedStore;
  /** Resolves when the first version's background reading ahead (preloadQueryCatalogue) and warm-up (warm-up.ts) are done. */
  preloaded: Promise<void>;
  /** How many questions the server has asked itself (warm-up.ts): at its first version, when it is the process's first server to. */
  readonly warmedUp: number;
  /**
   * Calls `listener` each time a newly published version has begun answering requests (after
   * the switch, unlike `published.onSwitch`, whose listeners run before it): what should be
   * asked ahead of users (the Overview's questions) is asked of the new data there.
   * Returns the unsubscribe.
   */
  onServing(listener: (store: Store) => void): () => void;
  close(): Promise<void>;
}

type Fetch = (req: Request, env?: unknown) => Response | Promise<Response>;

/** Whether a server of this process has asked itself the warm-up questions (warm-up.ts). */
let processWarmed = false;

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  if (!existsSync(opts.db)) throw new UsageError(`there is no store at ${opts.db}: run "corridor ingest" (or "npm start") first, or pass --db`, `no hay almacén en ${opts.db}: ejecute primero "corridor ingest" (o "npm start"), o indique --db`);
  const { db: _db, host = DEFAULT_HOST, port = DEFAULT_PORT, pollMs, ...api } = opts;
  const [{ createApp }, { catalogueReader }, { warmQueryCatalogue, preloadQueryCatalogue }, { serve }] = await Promise.all([
    import('./app.js'),
    import('./store/catalogue.js'),
    import('../store/query/catalogue.js'),
    import('@hono/node-server'),
  ]);
  const extraHosts = (process.env.CORRIDOR_ALLOWED_HOSTS ?? '').split(',').filter((h) => h.trim() !== '');
  const allowedHosts = allowedHostsFor(host, extraHosts);
  const apps = new WeakMap<Store, Fetch>();
  const catalogues = new WeakMap<Store, Catalogue>();
  const build = async (store: Store) => {
    let catalogue;
    try {
      // A published version never changes (read-only, replaced by a new file), so its
      // catalogue is read once, here, with the code tables and places, before the version
      // answers its first request; each measure's tables and each table's cells on first
      // use, or read in the background (preload).
      catalogue = await catalogueReader(store.conn, 0)();
      await warmQueryCatalogue(store.conn);
    } catch (e) {
      throw new UsageError(
        `cannot read the store ${opts.db} (${(e as Error).message.split('\n')[0]}): it may come from another version of corridor; run "corridor ingest" into a fresh store`,
        `no se puede leer el almacén ${opts.db} (${(e as Error).message.split('\n')[0]}): puede venir de otra versión de corridor; ejecute "corridor ingest" en un almacén nuevo`,
      );
    }
    apps.set(store, createApp({ allowedHosts, ...api, conn: store.conn, catalogue }).fetch);
    catalogues.set(store, catalogue);
  };
  const published = await PublishedStore.open(opts.db, { pollMs, onError: api.logError });
  try {
    await build(published.current);
  } catch (e) {
    await published.close();
    throw e;
  }
  let closing: Promise<void> | undefined;
  let warmedUp = 0;
  // Set once listening (the questions go to the server's own address).
  let warm: ((store: Store) => Promise<number>) | undefined;
  // Once a version answers, what it will likely be asked is read in the background (small stores),
  // then the server asks itself each table once per grain (warm-up.ts): its first users are answered
  // as fast as the later ones.
  const preload = (store: Store) =>
    preloadQueryCatalogue(store.conn)
      .then(async (read) => {
        if (read && warm) await warm(store);
      })
      .catch((e: Error) => {
        // A version closed under its reading (a switch, the server stopping) is no fault.
        if (published.current === store && !closedUnder(e)) (api.logError ?? ((err: unknown) => process.stderr.write(`corridor: reading the store ahead in the background failed (${(err as Error).message}); requests are answered from the store\n`)))(e);
      });
  const serving: ((store: Store) => void)[] = [];
  published.onSwitch(async (next) => {
    await build(next);
    // Run once the switch is done (PublishedStore makes `next` current as soon as its listeners resolve).
    setImmediate(() => {
      if (published.current !== next) return; // refused by another listener, or already replaced
      void preload(next);
      for (const listener of [...serving]) {
        try {
          listener(next);
        } catch (e) {
          (api.logError ?? ((err: unknown) => process.stderr.write(`corridor: ${(err as Error).message}\n`)))(e);
        }
      }
    });
  });
  const fetch: Fetch = async (req, env) => {
    const lease = published.acquire();
    try {
      return await apps.get(lease.store)!(req, env);
    } finally {
      lease.release();
    }
  };
  let server: Server;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch, hostname: host, port }, resolve) as Server;
    server.once('error', reject);
    answerClientErrors(server);
  }).catch(async (e: Error) => {
    await published.close();
    const why = listenFault(e as NodeJS.ErrnoException, port);
    throw new UsageError(`cannot listen on ${host}:${port}: ${why.en}`, `no se puede escuchar en ${host}:${port}: ${why.es}`);
  });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shown}:${address.port}`;
  warm = async (store) => {
    // What the warm-up is for is mostly the engine's compiled code, which lives as long as the process: later
    // versions of the store, and other servers started in the same process (tests), are not warmed again.
    if (processWarmed) return 0;
    processWarmed = true;
    const paths = await warmUpPaths(store.conn, catalogues.get(store)!.measures.keys());
    const asked = await warmUp((req) => apps.get(store)!(req), url, paths, () => closing !== undefined || published.current !== store);
    warmedUp += asked;
    return asked;
  };
  const preloaded = preload(published.current);
  return {
    url,
    host: address.address,
    port: address.port,
    get store() {
      return published.current;
    },
    published,
    preloaded,
    get warmedUp() {
      return warmedUp;
    },
    onServing(listener) {
      serving.push(listener);
      return () => {
        const i = serving.indexOf(listener);
        if (i >= 0) serving.splice(i, 1);
      };
    },
    // Stops listening, lets requests under way finish for up to a second, then cuts every connection.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => void published.close().then(resolve));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      })),
  };
}

/**
 * Why the server could not listen, and what to do, in both languages: the common faults said in words
 * (before, Node's message alone, "listen EADDRINUSE: address already in use", in English under --lang es).
 */
export function listenFault(e: NodeJS.ErrnoException, port: number): { en: string; es: string } {
  switch (e.code) {
    case 'EADDRINUSE':
      return {
        en: `port ${port} is already in use by another process (another corridor serve or start?): stop it, or choose another port with --port`,
        es: `el puerto ${port} ya lo usa otro proceso (¿otro corridor serve o start?): deténgalo, o elija otro puerto con --port`,
      };
    case 'EACCES':
      return {
        en: `permission denied for port ${port} (ports below 1024 need administrator rights): choose a port from 1024 up with --port`,
        es: `permiso denegado para el puerto ${port} (los puertos menores que 1024 requieren permisos de administrador): elija un puerto desde 1024 con --port`,
      };
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return {
        en: 'this machine has no such address: give --host 127.0.0.1 (this machine only), 0.0.0.0 (the network) or one of its own addresses',
        es: 'esta máquina no tiene esa dirección: dé --host 127.0.0.1 (solo esta máquina), 0.0.0.0 (la red) o una de sus propias direcciones',
      };
    default:
      return { en: e.message, es: `(detalle en inglés) ${e.message}` };
  }
}
