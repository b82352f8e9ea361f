/**
 * The three workbooks → observations; the layout is the UPM sheets' (state × month).
 */
import { loadWorkbook, readSheet } from '../read/xlsx.js';
import type { Observation, ParseContext } from '../types.js';
import { parseStateMonthSheet } from '../upm-boletin/state-month-sheet.js';
import { FILES, SHEET } from './files.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const out: Observation[] = [];
  for (const f of FILES) {
    const file = ctx.files[f.id];
    if (!file) throw new Error(`gn-despliegue: no file "${f.id}" given to parse`);
    out.push(...parseStateMonthSheet(readSheet(await loadWorkbook(file), file, SHEET), f));
  }
  return out;
}
