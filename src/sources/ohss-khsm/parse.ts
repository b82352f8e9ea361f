/**
 * The workbook → observations of all 16 sheets.
 */
import { InputError } from '../../errors.js';
import { loadWorkbook, readSheet } from '../read/xlsx.js';
import type { Observation, ParseContext } from '../types.js';
import { parseSheet } from './parse-sheet.js';
import { SHEETS } from './sheets.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.workbook;
  if (!file) throw new Error('ohss-khsm: no file with id "workbook" in the parse context');
  const wb = await loadWorkbook(file);
  const known = new Set(SHEETS.map((s) => s.sheet));
  // A sheet we do not know means the layout changed: fail rather than ignore it.
  const extra = wb.worksheets.find((ws) => !known.has(ws.name));
  const out: Observation[] = [];
  SHEETS.forEach((spec, i) => {
    ctx.progress?.(i / SHEETS.length, spec.sheet);
    for (const o of parseSheet(readSheet(wb, file, spec.sheet), spec)) out.push(o);
  });
  if (extra) {
    const list = SHEETS.map((s) => `"${s.sheet}"`).join(', ');
    throw new InputError({ file: file.name, sheet: extra.name }, `only the sheets ${list}`, `a sheet named "${extra.name}"`, 'unexpected sheet');
  }
  ctx.progress?.(1);
  return out;
}
