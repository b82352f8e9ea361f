/**
 * The six workbooks → observations, one dataset per bulletin table.
 */
import { loadWorkbook, readSheet } from '../read/xlsx.js';
import type { Observation, ParseContext } from '../types.js';
import { FILES } from './files.js';
import { parseStateMonthSheet } from './state-month-sheet.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const out: Observation[] = [];
  for (const f of FILES) {
    const file = ctx.files[f.id];
    if (!file) throw new Error(`upm-boletin: no file "${f.id}" given to parse`);
    const sheet = readSheet(await loadWorkbook(file), file, f.sheet);
    out.push(...parseStateMonthSheet(sheet, f));
    ctx.progress?.((FILES.indexOf(f) + 1) / FILES.length, file.name);
  }
  return out;
}
