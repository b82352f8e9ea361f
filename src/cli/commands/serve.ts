import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { UsageError } from '../../errors.js';
import { storePath } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { stopOnSignals } from '../shutdown.js';
import { parseLang } from '../lang.js';
import { loadWords } from '../load-words.js';

/** `corridor serve`: the read-only HTTP API (and its docs at /api/docs) over the store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the read-only HTTP API over the store (docs at /api/docs); binds 127.0.0.1 unless --host says otherwise')
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind (0.0.0.0 exposes the API to the network)', DEFAULT_HOST)
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: { port: string; host: string; lang: string }, cmd: Command) => {
      const w = loadWords(parseLang(opts.lang));
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(w.port(opts.port).en, w.port(opts.port).es);
      const db = storePath(cmd.optsWithGlobals<GlobalOptions>().db);
      const server = await startServer({ db, host: opts.host, port });
      stopOnSignals(() => server.close());
      process.stdout.write(`${w.servingApi(db, server.url)}\n`);
    });
}
