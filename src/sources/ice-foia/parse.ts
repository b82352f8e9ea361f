/**
 * All files of the source: eight record-level files aggregated in DuckDB, then the
 * UWCHR daily aggregate.
 */
import type { LocalFile, Observation, ParseContext } from '../types.js';
import { DAILY_FILE, RECORD_FILES } from './describe.js';
import { parseDaily } from './parse-daily.js';
import { parseRecordFile } from './parse-records.js';

function fileOf(ctx: ParseContext, id: string): LocalFile {
  const file = ctx.files[id];
  if (!file) throw new Error(`ice-foia: no file "${id}" was given to parse`);
  return file;
}

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const out: Observation[] = [];
  const steps = RECORD_FILES.length + 1;
  for (const [i, spec] of RECORD_FILES.entries()) {
    ctx.progress?.(i / steps, spec.name);
    const { observations } = await parseRecordFile(ctx, fileOf(ctx, spec.id), spec);
    for (const o of observations) out.push(o);
  }
  ctx.progress?.(RECORD_FILES.length / steps, DAILY_FILE.name);
  for (const o of await parseDaily(ctx, fileOf(ctx, DAILY_FILE.id))) out.push(o);
  ctx.progress?.(1);
  return out;
}
