/**
 * All files of the source: eight record-level files aggregated and coded in DuckDB (one
 * batch) into one cell table, then the UWCHR daily aggregate as observations.
 */
import type { LocalFile, ParseContext, ParsedSource } from '../types.js';
import { cellTable } from '../read/cell-table.js';
import { CELLS } from './cells.js';
import { DAILY_FILE, RECORD_FILES } from './describe.js';
import { parseDaily } from './parse-daily.js';
import { parseRecordFiles } from './parse-records.js';

function fileOf(ctx: ParseContext, id: string): LocalFile {
  const file = ctx.files[id];
  if (!file) throw new Error(`ice-foia: no file "${id}" was given to parse`);
  return file;
}

export async function parse(ctx: ParseContext): Promise<ParsedSource> {
  const cells = await cellTable(ctx, CELLS);
  const steps = RECORD_FILES.length + 1;
  const inputs = RECORD_FILES.map((spec) => ({ file: fileOf(ctx, spec.id), spec }));
  await parseRecordFiles(ctx, inputs, cells.table, (i) => ctx.progress?.(i / steps, RECORD_FILES[i].name));
  ctx.progress?.(RECORD_FILES.length / steps, DAILY_FILE.name);
  const observations = await parseDaily(ctx, fileOf(ctx, DAILY_FILE.id));
  ctx.progress?.(1);
  return { observations, cells };
}
