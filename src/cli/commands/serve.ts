import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { UsageError } from '../../errors.js';
import { storePath } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { stopOnSignals } from '../shutdown.js';

/** `corridor serve`: the read-only HTTP API (and its docs at /api/docs) over the store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the read-only HTTP API over the store (docs at /api/docs); binds 127.0.0.1 unless --host says otherwise')
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind (0.0.0.0 exposes the API to the network)', DEFAULT_HOST)
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${opts.port}"`);
      const db = storePath(cmd.optsWithGlobals<GlobalOptions>().db);
      const server = await startServer({ db, host: opts.host, port });
      stopOnSignals(() => server.close());
      process.stdout.write(`corridor is serving ${db} at ${server.url}/api/docs (read-only; a new version of the store is served as soon as an ingest publishes it; Ctrl-C stops it)\n`);
    });
}
