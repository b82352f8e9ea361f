/**
 * Kaplan's annual tables with one row per sector (or aggregate) and fiscal year:
 * sector, fiscal_year, <value>. Sector rows, regional totals and the nationwide
 * total go to separate datasets (a region is an ancestor of its sectors).
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { fyStart, parseYear } from '../read/periods.js';
import { isClosedLivermore, kaplanCount, kaplanPlace, type Level } from './values.js';
import { Seen } from '../read/seen.js';

export interface SectorYearTable {
  fileId: string;
  valueColumn: string;
  /** Dataset for each level of geography the file may hold. */
  datasets: Partial<Record<Level, string>>;
  /** The file lists southwest sectors and the southwest total only. */
  swOnly: boolean;
  component: string;
}

export async function parseSectorYears(ctx: ParseContext, spec: SectorYearTable): Promise<Observation[]> {
  const file = ctx.files[spec.fileId];
  const table = await readCsv(ctx, file, { header: ['sector', 'fiscal_year', spec.valueColumn] });
  const cells = new Seen('row');
  const out: Observation[] = [];
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const place = kaplanPlace(row[0], at('sector'), spec.swOnly);
    const fy = parseYear(row[1], at('fiscal_year'));
    cells.add(`${place.code}|${fy}`, at('sector'), `"${row[0]}" in FY${fy}`);
    if (isClosedLivermore(row[0], [row[2]])) return;
    const dataset = spec.datasets[place.level];
    if (!dataset) throw new InputError(at('sector'), 'a sector or regional row', shown(row[0]), 'unexpected aggregate row');
    const value = kaplanCount(row[2], at(spec.valueColumn));
    out.push(observation(dataset, fyStart(fy), value, { geography: place.code, component: spec.component }, at(spec.valueColumn)));
  });
  return out;
}
