import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { registerServe } from '../../src/cli/commands/serve.js';
import { UsageError } from '../../src/errors.js';
import { buildFixtureStore } from './fixture-store.js';

let path: string;
let server: RunningServer;
beforeAll(async () => {
  path = await buildFixtureStore();
  server = await startServer({ db: path, port: 0 });
});
afterAll(() => server?.close());

describe('the HTTP server', () => {
  it('binds 127.0.0.1 unless told otherwise', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves the API over HTTP, read-only', async () => {
    const res = await fetch(`${server.url}/api/series?measure=encounters&where=geography=US-SWB&source=toy`);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Corridor-Sources')).toBe('toy;vintage=4');
    expect((await res.json()).rows).toHaveLength(3);
    const post = await fetch(`${server.url}/api/series`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('refuses a GET that carries a large or streamed body with 413', async () => {
    const send = (headers: Record<string, string | number>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/api/measures`, { method: 'GET', headers: { 'Content-Type': 'text/plain', ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('x'.repeat(5_000));
      });
    expect(await send({ 'Content-Length': 5_000 })).toBe(413);
    expect(await send({ 'Transfer-Encoding': 'chunked' })).toBe(413);
  });

  it('opens the store read-only: a second server can share it', async () => {
    const second = await startServer({ db: path, port: 0 });
    try {
      expect((await fetch(`${second.url}/api/sources`)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('says, in both languages, that a port is taken and what to do', async () => {
    // Before: Node's "listen EADDRINUSE: address already in use", in English under --lang es too.
    const taken = await startServer({ db: path, port: server.port }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(UsageError);
    expect((taken as UsageError).message).toBe(`cannot listen on 127.0.0.1:${server.port}: port ${server.port} is already in use by another process (another corridor serve or start?): stop it, or choose another port with --port`);
    expect((taken as UsageError).es).toBe(`no se puede escuchar en 127.0.0.1:${server.port}: el puerto ${server.port} ya lo usa otro proceso (¿otro corridor serve o start?): deténgalo, o elija otro puerto con --port`);
  });

  it('says what to do when there is no store, or one it cannot read', async () => {
    await expect(startServer({ db: join(tmpdir(), 'no-such-corridor.duckdb'), port: 0 })).rejects.toThrow(/no store at .*corridor ingest/);
    const other = join(mkdtempSync(join(tmpdir(), 'corridor-other-')), 'other.duckdb');
    const db = await DuckDBInstance.create(other);
    (await db.connect()).closeSync();
    db.closeSync();
    await expect(startServer({ db: other, port: 0 })).rejects.toThrow(/cannot read the store .*corridor ingest/);
  });
});

describe('corridor serve', () => {
  const program = () => {
    const p = new Command('corridor').exitOverride().option('--db <path>');
    registerServe(p);
    return p;
  };

  it('defaults to 127.0.0.1:8080', () => {
    const serve = program().commands.find((c) => c.name() === 'serve')!;
    expect(serve.opts()).toEqual({ port: '8080', host: '127.0.0.1', lang: 'en' });
  });

  it('refuses a port that is not a port', async () => {
    await expect(program().parseAsync(['node', 'corridor', 'serve', '--port', 'http'])).rejects.toBeInstanceOf(UsageError);
  });
});
