/**
 * family_child_total_monthly_2000_2019.csv: one row per sector (or aggregate), fiscal
 * year and month, plus a "yearly total" row per sector and year. Three counts per row:
 * all apprehensions, unaccompanied children, individuals in family units.
 * The yearly totals are checked against the months and not stored (they add nothing).
 */
import { InputError, type Location } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { fiscalMonthStart, parseMonth, parseYear } from '../read/periods.js';
import { DS } from './describe.js';
import { isClosedLivermore, kaplanCount, kaplanPlace, type Level } from './values.js';
import { Seen } from '../read/seen.js';

const HEADER = ['sector', 'fiscal_year', 'month', 'total_apprehensions', 'unaccompanied_child_apprehension', 'family_apprehensions'];
const COUNTS = [
  { column: 'total_apprehensions', demographic: 'ALL' },
  { column: 'unaccompanied_child_apprehension', demographic: 'UC' },
  { column: 'family_apprehensions', demographic: 'FMUA' },
];
const DATASET: Record<Level, string> = { sector: DS.monthlySectors, region: DS.monthlyRegions, country: DS.monthlyNationwide };
const YEARLY = 'yearly total';

interface Line {
  values: (number | null)[];
  at: (column: string) => Location;
}

interface Group {
  label: string;
  place: { code: string; level: Level };
  fy: number;
  months: Map<number, Line>;
  yearly?: Line;
  closed: boolean;
  firstRow: number;
}

export async function parseMonthly(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.monthly;
  const table = await readCsv(ctx, file, { header: HEADER });
  const rows = new Seen('row');
  const groups = new Map<string, Group>();
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const place = kaplanPlace(row[0], at('sector'), false);
    const fy = parseYear(row[1], at('fiscal_year'));
    const monthText = (row[2] ?? '').trim();
    const month = monthText === YEARLY ? 0 : parseMonth(monthText, at('month'));
    rows.add(`${place.code}|${fy}|${month}`, at('month'), `"${row[0]}" FY${fy} ${monthText}`);
    const key = `${place.code}|${fy}`;
    const group: Group = groups.get(key) ?? { label: row[0]!, place, fy, months: new Map(), closed: true, firstRow: table.lineOf(i) };
    groups.set(key, group);
    const cells = row.slice(3, 6);
    group.closed &&= isClosedLivermore(row[0], cells);
    const line = { values: cells.map((c, k) => kaplanCount(c, at(COUNTS[k].column))), at };
    if (month === 0) group.yearly = line;
    else group.months.set(month, line);
  });
  return [...groups.values()].flatMap((g) => (g.closed ? [] : groupObservations(file.name, g)));
}

function groupObservations(fileName: string, g: Group): Observation[] {
  const missing = [...Array(12).keys()].map((m) => m + 1).filter((m) => !g.months.has(m));
  if (missing.length > 0 || !g.yearly) {
    const what = missing.length > 0 ? `no row for month ${missing.join(', ')}` : 'no "yearly total" row';
    throw new InputError({ file: fileName, row: g.firstRow, column: 'month' }, `12 months and a "yearly total" for "${g.label}" FY${g.fy}`, what, 'incomplete year');
  }
  COUNTS.forEach((c, k) => checkYearlyTotal(g, k, c.column));
  const out: Observation[] = [];
  for (const [month, line] of g.months) {
    COUNTS.forEach((c, k) => {
      out.push(observation(DATASET[g.place.level], fiscalMonthStart(g.fy, month), line.values[k], { geography: g.place.code, component: 'USBP', demographic: c.demographic }, line.at(c.column)));
    });
  }
  return out;
}

/** A yearly total must equal its twelve months whenever all thirteen figures are given. */
function checkYearlyTotal(g: Group, k: number, column: string): void {
  const months = [...g.months.values()].map((l) => l.values[k]);
  const yearly = g.yearly!.values[k];
  if (yearly === null || months.some((v) => v === null)) return;
  const sum = months.reduce((a, b) => a! + b!, 0)!;
  if (sum !== yearly) {
    throw new InputError(g.yearly!.at(column), `the sum of the 12 months of "${g.label}" FY${g.fy} (${sum})`, String(yearly), 'yearly total does not match its months');
  }
}
