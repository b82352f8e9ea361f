/**
 * Downloads a publisher file into the cache: a timeout per attempt, retries with
 * backoff on network errors and 5xx/429 answers, written to a temporary file and
 * renamed only when complete, so a cut download never looks like a good file.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface DownloadOptions {
  timeoutMs?: number;
  retries?: number;
  /** Base of the exponential backoff between attempts. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  onRetry?: (attempt: number, reason: string) => void;
}

export class DownloadError extends Error {
  constructor(url: string, reason: string) {
    super(`could not download ${url}: ${reason}`);
    this.name = 'DownloadError';
  }
}

const retriable = (status: number) => status === 429 || status >= 500;

export async function download(url: string, target: string, opts: DownloadOptions = {}): Promise<void> {
  const { timeoutMs = 60_000, retries = 3, backoffMs = 1_000, fetchImpl = fetch } = opts;
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  let lastReason = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      opts.onRetry?.(attempt, lastReason);
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      if (!response.ok || !response.body) {
        lastReason = `HTTP ${response.status}`;
        if (retriable(response.status)) continue;
        throw new DownloadError(url, lastReason);
      }
      await pipeline(Readable.fromWeb(response.body as never), createWriteStream(partial));
      const expected = Number(response.headers.get('content-length') ?? NaN);
      const { size } = await stat(partial);
      if (Number.isFinite(expected) && size !== expected) {
        lastReason = `got ${size} of ${expected} bytes`;
        continue;
      }
      await rename(partial, target);
      return;
    } catch (e) {
      if (e instanceof DownloadError) throw e;
      lastReason = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e as Error).message;
    } finally {
      await rm(partial, { force: true });
    }
  }
  throw new DownloadError(url, `${lastReason} (after ${retries + 1} attempts)`);
}
