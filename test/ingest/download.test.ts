import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../src/ingest/download.js';
import { resolveFiles } from '../../src/ingest/resolve-files.js';
import { sha256File } from '../../src/ingest/local-file.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

const BODY = toyCsv([[2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100]]);
let server: Server;
let base: string;
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/ok.csv') return res.end(BODY);
    if (path === '/flaky.csv') {
      if (hits[path] < 3) { res.statusCode = 503; return res.end('busy'); }
      return res.end(BODY);
    }
    if (path === '/missing.csv') { res.statusCode = 404; return res.end('no'); }
    if (path === '/slow.csv') return setTimeout(() => res.end(BODY), 2_000);
    if (path === '/cut.csv') {
      res.setHeader('content-length', String(BODY.length * 2));
      res.write(BODY);
      return setTimeout(() => res.destroy(), 50);
    }
    res.statusCode = 500;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fast = { backoffMs: 10, timeoutMs: 500, retries: 3 };

describe('download', () => {
  it('downloads a file into the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    await download(`${base}/ok.csv`, join(dir, 'a/ok.csv'), fast);
    expect(readFileSync(join(dir, 'a/ok.csv'), 'utf8')).toBe(BODY);
  });

  it('retries on 5xx answers, with backoff, until it gets the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    const retries: string[] = [];
    await download(`${base}/flaky.csv`, join(dir, 'flaky.csv'), { ...fast, onRetry: (_, reason) => retries.push(reason) });
    expect(retries).toEqual(['HTTP 503', 'HTTP 503']);
    expect(readFileSync(join(dir, 'flaky.csv'), 'utf8')).toBe(BODY);
  });

  it('does not retry a 404 and leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    await expect(download(`${base}/missing.csv`, join(dir, 'missing.csv'), fast)).rejects.toThrow(/missing\.csv: HTTP 404/);
    expect(hits['/missing.csv']).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up after its retries when the server does not answer in time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    await expect(download(`${base}/slow.csv`, join(dir, 'slow.csv'), { ...fast, retries: 1, timeoutMs: 200 })).rejects.toThrow(
      /no answer within 200 ms \(after 2 attempts\)/,
    );
    expect(existsSync(join(dir, 'slow.csv'))).toBe(false);
  });

  it('never keeps a cut download', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    await expect(download(`${base}/cut.csv`, join(dir, 'cut.csv'), { ...fast, retries: 1 })).rejects.toThrow(/cut\.csv/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('resolves a source without a mirror by downloading its files, with their sha256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-dl-'));
    const adapter = toyAdapter('toy', `${base}/ok.csv`);
    const [file] = await resolveFiles(adapter.describe, { cache: dir, download: fast });
    expect(file.path).toBe(join(dir, 'toy', 'toy.csv'));
    expect(file.sha256).toBe(await sha256File(join(dir, 'toy', 'toy.csv')));
    const before = hits['/ok.csv'];
    await resolveFiles(adapter.describe, { cache: dir, download: fast });
    expect(hits['/ok.csv']).toBe(before); // cached
  });
});
