/**
 * DDP's monthly counts per FOIA file part: source_file, month_start, <count>.
 * A month can appear in several parts (overlapping releases). One value per month is
 * kept when every part agrees; parts that disagree are an error naming both rows.
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { parseCount } from '../read/cells.js';
import { DS } from './describe.js';
import { parseMonthStart } from './dates.js';

export interface ByPartTable {
  fileId: string;
  countColumn: string;
  dataset: string;
  dims: Record<string, string>;
}

export const ENCOUNTERS_BY_PART: ByPartTable = { fileId: 'encounters-by-part', countColumn: 'encounter_count', dataset: DS.byPart, dims: { geography: 'US', component: 'USBP' } };

/*
 * Not ingested: in the real files parts disagree (apprehensions: May-Jul 2025 differ by
 * 1 to 48 between the monthly and the cumulative August 2025 release; inadmissibles:
 * release series that count different records, and months split across parts).
 * Kept so they can be enabled once the overlaps have a documented resolution.
 */
export const APPREHENSIONS_BY_PART: ByPartTable = { fileId: 'apprehensions-by-part', countColumn: 'apprehension_count', dataset: DS.apprehensionsByPart, dims: { geography: 'US', component: 'USBP', authority: 'T8' } };
export const INADMISSIBLES_BY_PART: ByPartTable = { fileId: 'inadmissibles-by-part', countColumn: 'inadmissible_count', dataset: DS.inadmissiblesByPart, dims: { geography: 'US', component: 'OFO', authority: 'T8' } };

export async function parseByPart(ctx: ParseContext, spec: ByPartTable): Promise<Observation[]> {
  const file = ctx.files[spec.fileId];
  const table = await readCsv(ctx, file, { header: ['source_file', 'month_start', spec.countColumn] });
  const byMonth = new Map<string, { value: number; row: number; part: string }>();
  const out: Observation[] = [];
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const part = (row[0] ?? '').trim();
    if (part === '') throw new InputError(at('source_file'), 'the name of a file part', 'an empty cell', 'missing value');
    const period = parseMonthStart(row[1], at('month_start'));
    const value = parseCount(row[2], at(spec.countColumn))!;
    const first = byMonth.get(period);
    if (!first) {
      byMonth.set(period, { value, row: table.lineOf(i), part });
      out.push(observation(spec.dataset, period, value, spec.dims, at(spec.countColumn)));
    } else if (first.value !== value) {
      throw new InputError(at(spec.countColumn), `${first.value} for ${period.slice(0, 7)}, as in row ${first.row} (${first.part})`, `${shown(row[2])} (${part})`, 'file parts disagree');
    }
  });
  return out;
}
