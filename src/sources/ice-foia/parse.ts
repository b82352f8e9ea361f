/**
 * All files of the source: eight record-level files aggregated in DuckDB, then the
 * UWCHR daily aggregate.
 */
import type { LocalFile, Observation, ParseContext } from '../types.js';
import { DAILY_FILE, RECORD_FILES } from './describe.js';
import { parseDaily } from './parse-daily.js';
import { parseRecordFile } from './parse-records.js';
import { plainCopy } from '../read/plain-copy.js';

function fileOf(ctx: ParseContext, id: string): LocalFile {
  const file = ctx.files[id];
  if (!file) throw new Error(`ice-foia: no file "${id}" was given to parse`);
  return file;
}

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const out: Observation[] = [];
  const steps = RECORD_FILES.length + 1;
  // The next file is inflated (zlib, off the main thread) while DuckDB reads this one.
  const inflate = (i: number) => {
    if (i >= RECORD_FILES.length || fileOf(ctx, RECORD_FILES[i].id).bytes === 0) return undefined;
    const copy = plainCopy(fileOf(ctx, RECORD_FILES[i].id));
    copy.catch(() => {}); // a cut stream is reported when its file's turn comes, not as an unhandled rejection
    return copy;
  };
  let next = inflate(0);
  try {
    for (const [i, spec] of RECORD_FILES.entries()) {
      ctx.progress?.(i / steps, spec.name);
      const copy = next;
      next = inflate(i + 1);
      const { observations } = await parseRecordFile(ctx, fileOf(ctx, spec.id), spec, copy);
      for (const o of observations) out.push(o);
    }
  } finally {
    // A file after the one that failed: its copy is removed, its own error left for a later load.
    void next?.then((c) => c.remove(), () => {});
  }
  ctx.progress?.(RECORD_FILES.length / steps, DAILY_FILE.name);
  for (const o of await parseDaily(ctx, fileOf(ctx, DAILY_FILE.id))) out.push(o);
  ctx.progress?.(1);
  return out;
}
