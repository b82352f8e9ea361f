/**
 * Corrupted copies of the fixture workbook: each must fail with one InputError that names
 * the sheet, row and column, what was expected and what was found.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputError } from '../../errors.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { label, sheetRow, writeFixture } from './fixtures/workbook.js';

const NAME = '2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx';
let original: string;

beforeAll(async () => {
  original = await writeFixture(undefined, NAME);
});

/** Loads the fixture, applies `edit` and writes the copy to a new temp dir. */
async function corruptCopy(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  edit(wb);
  const path = join(mkdtempSync(join(tmpdir(), 'ohss-monthly-bad-')), NAME);
  await wb.xlsx.writeFile(path);
  return path;
}

async function failure(edit: (wb: ExcelJS.Workbook) => void): Promise<InputError> {
  const path = await corruptCopy(edit);
  const e = await inputErrorOf(parseWith(adapter, { workbook: path }));
  expect(e.at.file).toBe(NAME);
  return e;
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;

describe('ohss-monthly rejects bad input', () => {
  it('a missing sheet', async () => {
    const e = await failure((wb) => wb.removeWorksheet(sheet(wb, 'SWB Encounters by Family Status').id));
    expect(e.at).toMatchObject({ sheet: 'SWB Encounters by Family Status' });
    expect(e.message).toMatch(/missing sheet/);
  });

  it('a renamed sheet', async () => {
    const e = await failure((wb) => (sheet(wb, 'CBP SWB Book-Outs by Citp').name = 'CBP SWB Book-Outs by Citizen'));
    expect(e.at).toMatchObject({ sheet: 'CBP SWB Book-Outs by Citp' });
    expect(e.message).toMatch(/missing sheet.*found only.*"CBP SWB Book-Outs by Citizen"/);
  });

  it('a renamed column header (footnote digits aside)', async () => {
    const e = await failure((wb) => (sheet(wb, 'CBP SWB Book-Outs by Agency').getCell('E4').value = label('T42 removals|2')));
    expect(e.at).toEqual({ file: NAME, sheet: 'CBP SWB Book-Outs by Agency', row: 4, column: 'E' });
    expect(e.expected).toBe('header "T42 expulsions"');
    expect(e.found).toBe('"T42 removals"');
  });

  it('a renamed group header', async () => {
    const e = await failure((wb) => (sheet(wb, 'SWB Encounters by Citizenship').getCell('H3').value = 'Border Patrol'));
    expect(e.at).toMatchObject({ sheet: 'SWB Encounters by Citizenship', row: 3, column: 'H' });
    expect(e.message).toMatch(/group header "USBP"/);
  });

  it('accepts a renumbered footnote and a count written as text', async () => {
    const path = await corruptCopy((wb) => {
      sheet(wb, 'CBP SWB Book-Outs by Agency').getCell('E4').value = label('T42 expulsions|9');
      sheet(wb, 'DHS Removals by Citizenship').getCell(`C${sheetRow(false, 19)}`).value = '1,230';
    });
    const obs = await parseWith(adapter, { workbook: path });
    const hit = obs.find((o) => o.dataset === 'ohss-monthly/dhs-removals-citizenship' && o.period === '2024-03-01' && o.citizenship === 'ALL');
    expect(hit?.value).toBe(1230);
  });

  it('text in a numeric cell', async () => {
    const row = sheetRow(true, 19);
    const e = await failure((wb) => (sheet(wb, 'CBP Encounter by Type + Region').getCell(`D${row}`).value = 'n/a'));
    expect(e.at).toEqual({ file: NAME, sheet: 'CBP Encounter by Type + Region', row, column: 'D (Total CBP / SW Land Border)' });
    expect(e.message).toMatch(/not a count.*"X" \(not applicable\) or "NA" \(not available\).*"n\/a"/);
  });

  it('a fractional count', async () => {
    const row = sheetRow(false, 5);
    const e = await failure((wb) => (sheet(wb, 'ERO Arrests by Citizenship').getCell(`E${row}`).value = 12.5));
    expect(e.at).toMatchObject({ sheet: 'ERO Arrests by Citizenship', row, column: 'E (Honduras)' });
  });

  it('a footnote row where a data row is expected', async () => {
    const row = sheetRow(true, 19);
    const e = await failure((wb) => {
      const ws = sheet(wb, 'DHS Repats by Type');
      for (let c = 1; c <= 18; c++) ws.getCell(row, c).value = null;
      ws.getCell(row, 1).value = { richText: [{ text: '1', font: { vertAlign: 'superscript' } }, { text: 'Includes removals under Title 8.' }] };
    });
    expect(e.at).toEqual({ file: NAME, sheet: 'DHS Repats by Type', row, column: 'A' });
    expect(e.message).toMatch(/data row for March of FY2024/);
  });

  it('a duplicated month', async () => {
    const row = sheetRow(true, 20); // April 2024
    const e = await failure((wb) => (sheet(wb, 'SWB Encounters by Citizenship').getCell(`B${row}`).value = 'March'));
    expect(e.at).toEqual({ file: NAME, sheet: 'SWB Encounters by Citizenship', row, column: 'B' });
    expect(e.message).toMatch(/duplicated month.*April of FY2024.*"March"/);
  });

  it('a month after the last one of the edition', async () => {
    const row = sheetRow(false, 25);
    const e = await failure((wb) => {
      const ws = sheet(wb, 'SWB USBP');
      ws.unMergeCells(row, 1, row, 10);
      for (let c = 1; c <= 10; c++) ws.getCell(row, c).value = c === 2 ? 'September' : c > 2 ? 10 : null;
    });
    expect(e.at).toMatchObject({ sheet: 'SWB USBP', row, column: 'B' });
    expect(e.message).toMatch(/end of the table after August 2024/);
  });

  it('a title from another edition', async () => {
    const e = await failure((wb) => (sheet(wb, 'Nationwide OFO').getCell('A2').value = 'Nationwide OFO Enforcement Encounters by Top 100 Citizenships: Fiscal Years 2023 to 2024 YTD (July 2024)'));
    expect(e.at).toMatchObject({ sheet: 'Nationwide OFO', row: 2, column: 'A' });
  });

  it('an unknown citizenship label in a header', async () => {
    const e = await failure((wb) => (sheet(wb, 'SWB Encounters by Citizenship').getCell('E4').value = 'Venezia'));
    expect(e.at).toEqual({ file: NAME, sheet: 'SWB Encounters by Citizenship', row: 4, column: 'E' });
    expect(e.message).toMatch(/unknown country label.*"Venezia"/);
  });

  it('an unknown citizenship label in a group header', async () => {
    // Book-outs by citizenship: Total Encounters C:K, Mexico L:S, Venezuela from T.
    const e = await failure((wb) => (sheet(wb, 'CBP SWB Book-Outs by Citp').getCell('T3').value = 'Venezia'));
    expect(e.at).toEqual({ file: NAME, sheet: 'CBP SWB Book-Outs by Citp', row: 3, column: 'T' });
    expect(e.message).toMatch(/unknown country label/);
  });

  it('a citizenship list without its all-other column', async () => {
    const e = await failure((wb) => (sheet(wb, 'DHS Removals by Citizenship').getCell('F3').value = 'Peru'));
    expect(e.at).toEqual({ file: NAME, sheet: 'DHS Removals by Citizenship', row: 3, column: 'F' });
    expect(e.message).toMatch(/all-other/);
  });

  it('an unknown sector label', async () => {
    const e = await failure((wb) => (sheet(wb, 'SWB Enc by Sector+Field Ofc').getCell('G4').value = 'Yuma North, AZ'));
    expect(e.at).toEqual({ file: NAME, sheet: 'SWB Enc by Sector+Field Ofc', row: 4, column: 'G' });
    expect(e.message).toMatch(/unknown Border Patrol sector.*"Yuma North, AZ"/);
  });

  it('a northern sector among the southwest border ones', async () => {
    const e = await failure((wb) => (sheet(wb, 'SWB Enc by Sector+Field Ofc').getCell('G4').value = 'Blaine, WA'));
    expect(e.at).toMatchObject({ sheet: 'SWB Enc by Sector+Field Ofc', row: 4, column: 'G' });
  });

  it('a value in a column without a header', async () => {
    const row = sheetRow(false, 3);
    const e = await failure((wb) => (sheet(wb, 'CBP One Appointments').getCell(`I${row}`).value = 40));
    expect(e.at).toEqual({ file: NAME, sheet: 'CBP One Appointments', row, column: 'I' });
  });
});
