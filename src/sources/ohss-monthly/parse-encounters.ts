/**
 * The CBP encounter sheets: by type and region, and southwest border encounters by
 * citizenship, family status, and sector or field office.
 */
import type ExcelJS from 'exceljs';
import { InputError, shown } from '../../errors.js';
import type { Place } from '../../model/index.js';
import { fieldOfficeCode, OFO_FIELD_OFFICES, sectorCode, USBP_SECTORS } from '../../store/dimensions/geography.js';
import type { LocalFile, Observation } from '../types.js';
import { checkCitizenshipRun, citizenshipOf } from './citizenship.js';
import { bindColumns, emit, headerAt, type Target } from './emit.js';
import { readTable, type Column, type Table } from './layout.js';

const COMPONENT_GROUPS: Record<string, string> = { 'Total CBP': 'ALL', USBP: 'USBP', OFO: 'OFO' };

export function parseTypeRegion(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'CBP Encounter by Type + Region', title: 'Nationwide CBP Encounters by Encounter Type and Region', grouped: true });
  const types: [string, string][] = [
    ['Total CBP', 'ALL'],
    ['Enforcement Encounters', 'encounter-type:enforcement'],
    ['Administrative Encounters', 'encounter-type:administrative'],
  ];
  const regions: [string, string][] = [
    ['Total', 'US'],
    ['SW Land Border', 'US-SWB'],
    ['Northern Land Border', 'US-NLB'],
    ['Coastal Border', 'US-CST'],
    ['Air Ports of Entry', 'US-AIR'],
  ];
  // The national total goes to its own table: a region and the country may not share one.
  const expected = types.flatMap(([group, category]) =>
    regions.map(([header, geography]) => ({
      group,
      header,
      targets: [{ table: geography === 'US' ? 'encounters-type-national' : 'encounters-type-region', dims: { geography, category } }],
    })),
  );
  return emit(table, bindColumns(table, expected));
}

/** Splits columns into runs of the same group header, each group appearing once. */
function runs(table: Table): { group: string; columns: Column[] }[] {
  const out: { group: string; columns: Column[] }[] = [];
  for (const c of table.columns) {
    const last = out.at(-1);
    if (last && last.group === c.group) last.columns.push(c);
    else {
      if (out.some((r) => r.group === c.group)) throw new InputError(headerAt(table, c, true), `group "${c.group}" once, in adjacent columns`, shown(c.group), 'unexpected header');
      out.push({ group: c.group, columns: [c] });
    }
  }
  return out;
}

export function parseSwbCitizenship(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'SWB Encounters by Citizenship', title: 'CBP SW Border Encounters by Agency and Selected Citizenship', grouped: true });
  const targets = new Map<Column, Target[]>();
  const groups = runs(table);
  const names = Object.keys(COMPONENT_GROUPS);
  groups.forEach((run, i) => {
    if (run.group !== names[i]) throw new InputError(headerAt(table, run.columns[0], true), `group header "${names[i] ?? '(none)'}"`, shown(run.group), 'unexpected header');
    const codes = run.columns.map((c) => citizenshipOf(table, c, c.header, 'Total'));
    checkCitizenshipRun(table, run.columns, codes, 'Total');
    run.columns.forEach((c, j) => {
      targets.set(c, [{ table: 'swb-encounters-citizenship', dims: { geography: 'US-SWB', component: COMPONENT_GROUPS[run.group], citizenship: codes[j] } }]);
    });
  });
  if (groups.length < names.length) {
    const lastColumn = table.columns.at(-1)!;
    throw new InputError(headerAt(table, lastColumn, true), `the groups ${names.map((n) => `"${n}"`).join(', ')}`, `only ${groups.length} group(s)`, 'missing column');
  }
  return emit(table, targets);
}

export function parseSwbFamily(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'SWB Encounters by Family Status', title: 'CBP SW Border Encounters by Agency and Family Status', grouped: true });
  const statuses: [string, string][] = [
    ['Total', 'ALL'],
    ['Single Adults', 'SA'],
    ['Family Unit Individuals', 'FMUA'],
    ['Unaccompanied Children/Single Minors', 'UC'],
    ['Accompanied Minors (OFO)', 'AM'],
  ];
  // USBP has no accompanied-minor column: that status exists only at ports of entry.
  const layout: [string, string[]][] = [
    ['Total CBP', ['ALL', 'SA', 'FMUA', 'UC', 'AM']],
    ['USBP', ['ALL', 'SA', 'FMUA', 'UC']],
    ['OFO', ['ALL', 'SA', 'FMUA', 'UC', 'AM']],
  ];
  const expected = layout.flatMap(([group, codes]) =>
    codes.map((demographic) => ({
      group,
      header: statuses.find(([, code]) => code === demographic)![0],
      targets: [{ table: 'swb-encounters-family', dims: { geography: 'US-SWB', component: COMPONENT_GROUPS[group], demographic } }],
    })),
  );
  return emit(table, bindColumns(table, expected));
}

/**
 * Sector and field-office columns, plus the Total CBP / Total USBP / Total OFO columns,
 * which go to a table at US-SWB (a region may not share a table with its own sectors).
 */
export function parseSwbSectors(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'SWB Enc by Sector+Field Ofc', title: 'CBP SW Border Encounters by Agency and Sector or Field Office', grouped: true });
  const groups = runs(table);
  const swb = (places: Place[]) => places.filter((p) => p.parents[0] === 'US-SWB').map((p) => p.code);
  const want: { group: string; total: string; component: string; places: string[]; code: (label: string) => string | undefined; what: string }[] = [
    { group: '', total: 'Total CBP', component: 'ALL', places: [], code: () => undefined, what: 'column' },
    { group: 'USBP', total: 'Total USBP', component: 'USBP', places: swb(USBP_SECTORS), code: sectorCode, what: 'Border Patrol sector' },
    { group: 'OFO', total: 'Total OFO', component: 'OFO', places: swb(OFO_FIELD_OFFICES), code: fieldOfficeCode, what: 'OFO field office' },
  ];
  const targets = new Map<Column, Target[]>();
  want.forEach((w, i) => {
    const run = groups[i];
    const lastColumn = table.columns.at(-1)!;
    if (!run) throw new InputError(headerAt(table, lastColumn, true), `a group "${w.group}" after column ${lastColumn.letter}`, 'no more columns', 'missing column');
    if (run.group !== w.group) throw new InputError(headerAt(table, run.columns[0], true), w.group ? `group header "${w.group}"` : 'no group header', shown(run.group), 'unexpected header');
    const [first, ...rest] = run.columns;
    if (first.header !== w.total) throw new InputError(headerAt(table, first), `header "${w.total}"`, shown(first.header), 'unexpected header');
    targets.set(first, [{ table: 'swb-encounters-agency', dims: { geography: 'US-SWB', component: w.component } }]);
    const found = new Set<string>();
    for (const c of rest) {
      const code = w.code(c.header);
      if (!code || !w.places.includes(code)) {
        throw new InputError(headerAt(table, c), `a southwest border ${w.what} (${w.places.join(', ') || 'none'})`, shown(c.header), `unknown ${w.what}`);
      }
      found.add(code);
      targets.set(c, [{ table: 'swb-encounters-sector', dims: { geography: code, component: w.component } }]);
    }
    // The sectors and field offices are declared complete: all of them must be there.
    const missing = w.places.filter((p) => !found.has(p));
    if (missing.length) throw new InputError(headerAt(table, run.columns.at(-1)!), `every southwest border ${w.what}`, `no column for ${missing.join(', ')}`, 'missing column');
  });
  if (groups.length > want.length) {
    const c = groups[want.length].columns[0];
    throw new InputError(headerAt(table, c, true), 'no group after "OFO"', shown(c.group), 'unexpected column');
  }
  return emit(table, targets);
}
