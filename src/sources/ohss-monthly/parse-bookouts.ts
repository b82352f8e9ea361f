/**
 * CBP southwest border book-outs (how CBP custody ended) by agency, family status and
 * citizenship. "Total Encounters" is the total over outcomes (category 'ALL'): every
 * encounter ends in exactly one book-out.
 */
import type ExcelJS from 'exceljs';
import { InputError, shown } from '../../errors.js';
import type { LocalFile, Observation } from '../types.js';
import { BOOKOUT_HEADERS } from './categories.js';
import { checkCitizenshipRun, citizenshipOf } from './citizenship.js';
import { bindColumns, emit, headerAt, type Target } from './emit.js';
import { readTable, type Column } from './layout.js';

const title = (by: string) => `CBP SW Border Encounters Book-Outs by ${by}`;

const ALL_OUTCOMES = ['Total Encounters', 'T8 repatriations', 'T42 expulsions', 'Migrant Protection Protocols', 'Transfers to ICE', 'Transfers to HHS', 'USBP Releases', 'OFO Paroles', 'Other outcomes'];
const without = (...drop: string[]) => ALL_OUTCOMES.filter((h) => !drop.includes(h));

function grid(table: string, layout: [string, Record<string, string>, string[]][]) {
  return layout.flatMap(([group, dims, headers]) =>
    headers.map((header) => ({ group, header, targets: [{ table, dims: { geography: 'US-SWB', ...dims, category: BOOKOUT_HEADERS[header] } }] })),
  );
}

export function parseBookoutsByAgency(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'CBP SWB Book-Outs by Agency', title: title('Agency'), grouped: true });
  const expected = grid('swb-bookouts-agency', [
    ['Total CBP', { component: 'ALL' }, ALL_OUTCOMES],
    ['USBP', { component: 'USBP' }, without('OFO Paroles')],
    ['OFO', { component: 'OFO' }, without('USBP Releases')],
  ]);
  return emit(table, bindColumns(table, expected));
}

export function parseBookoutsByFamily(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'CBP SWB Book-Outs by Family', title: title('Family Status'), grouped: true });
  const expected = grid('swb-bookouts-family', [
    ['Total Encounters', { demographic: 'ALL' }, ALL_OUTCOMES],
    ['Single Adults', { demographic: 'SA' }, without('Transfers to HHS')],
    ['Family Unit Individuals', { demographic: 'FMUA' }, without('Transfers to HHS')],
    ['Unaccompanied Children/Single Minors', { demographic: 'UC' }, ['Total Encounters', 'T8 repatriations', 'T42 expulsions', 'Transfers to HHS']],
  ]);
  return emit(table, bindColumns(table, expected));
}

/** Groups are citizenships ("Total Encounters" first, "Others" last); outcomes vary by group. */
export function parseBookoutsByCitizenship(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'CBP SWB Book-Outs by Citp', title: title('Selected Citizenship'), grouped: true });
  const firsts: Column[] = [];
  const codes: string[] = [];
  const targets = new Map<Column, Target[]>();
  let citizenship = '';
  table.columns.forEach((c, i) => {
    if (i === 0 || c.group !== table.columns[i - 1].group) {
      if (c.header !== 'Total Encounters') throw new InputError(headerAt(table, c), `"Total Encounters" first under group "${c.group}"`, shown(c.header), 'unexpected header');
      citizenship = citizenshipOf(table, c, c.group, 'Total Encounters', true);
      firsts.push(c);
      codes.push(citizenship);
    }
    const category = BOOKOUT_HEADERS[c.header];
    if (category === undefined) {
      const known = Object.keys(BOOKOUT_HEADERS).map((h) => `"${h}"`).join(', ');
      throw new InputError(headerAt(table, c), `a book-out outcome (${known})`, shown(c.header), 'unexpected header');
    }
    targets.set(c, [{ table: 'swb-bookouts-citizenship', dims: { geography: 'US-SWB', citizenship, category } }]);
  });
  checkCitizenshipRun(table, firsts, codes, 'Total Encounters', true);
  return emit(table, targets);
}
