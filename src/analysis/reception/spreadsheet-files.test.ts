/**
 * Registries and arrivals files as a coordinator's spreadsheet saves them (audit of 7 December
 * 2026). Before: a file saved as Excel's plain "CSV (delimitado por comas)" (Windows-1252, so
 * "Juárez" is not UTF-8) was refused with DuckDB's English "Invalid Input Error: CSV Error on
 * Line: 2", saying neither what was wrong nor how to save it; a file separated by semicolons
 * got "a first row that is not a list of column names (1 cell)"; a coordinate with a decimal
 * comma ("32,53") did not say the comma was the fault; a mistyped city ("Tijuanna") got no
 * suggestion.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, inputErrorInSpanish } from '../../errors.js';
import { CityCatalogue } from './cities.js';
import { parseRegistry } from './registry.js';
import { readScenarioFile } from './scenario-file.js';
import { readUserCsv } from './user-file.js';

const cities = new CityCatalogue([
  { code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.53, lon: -117.02 },
  { code: 'MX-08037', name: 'Juárez', state: 'MX-08', lat: 31.75, lon: -106.49 },
  { code: 'MX-28032', name: 'Reynosa', state: 'MX-28', lat: 26.09, lon: -98.28 },
]);
const HEADER = 'name,city,state,lat,lon,beds,takes_men,takes_women,takes_families,takes_minors,dif';
const dir = mkdtempSync(join(tmpdir(), 'corridor-spreadsheet-'));
let n = 0;
const file = (content: string | Buffer) => {
  const path = join(dir, `file-${n++}.csv`);
  writeFileSync(path, content);
  return path;
};
async function failure(run: () => Promise<unknown>): Promise<InputError> {
  const e = await run().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('files as a spreadsheet saves them', () => {
  it('a registry in Windows-1252 (Excel\'s plain CSV) is refused naming its row, what it says and how to save it, in English and Spanish', async () => {
    // "Juárez" and "sí" as Windows-1252 writes them: á is 0xE1 and í is 0xED, each one byte that UTF-8 refuses.
    const text = `${HEADER}\nCasa del Migrante,Tijuana,,32.52,-117.03,120,sí,sí,sí,no,no\nAlbergue Norte,Juárez,Chihuahua,31.7,-106.4,50,sí,sí,no,no,no\n`;
    const path = file(Buffer.from(text, 'latin1'));
    const e = await failure(async () => parseRegistry(await readUserCsv(path), cities));
    expect(e.at).toMatchObject({ row: 2 });
    expect(e.message).not.toMatch(/CSV Error|Invalid Input/);
    expect(e.message).toContain('CSV UTF-8 (comma delimited)');
    expect(e.message).toContain('"Casa del Migrante,Tijuana,,32.52,-117.03,120,sí,sí,sí,no,no"');
    const es = inputErrorInSpanish(e);
    expect(es).toMatch(/^no está en UTF-8 en file-\d+\.csv, fila 2: se esperaba un archivo en UTF-8: en Excel, "Guardar como" y elija "CSV UTF-8 \(delimitado por comas\)"/);
    expect(es).not.toMatch(/detalle en inglés|DuckDB/);
  });

  it('a registry in UTF-8 with its accents is read as before', async () => {
    const path = file(`${HEADER}\nAlbergue Norte,Juárez,Chihuahua,31.7,-106.4,50,sí,sí,no,no,no\n`);
    const sites = parseRegistry(await readUserCsv(path), cities);
    expect(sites.map((s) => [s.name, s.city, s.beds])).toEqual([['Albergue Norte', 'MX-08037', 50]]);
  });

  it('a registry separated by semicolons is read (was "a first row that is not a list of column names (1 cell)")', async () => {
    const path = file(`${HEADER.replaceAll(',', ';')}\nCasa del Migrante;Tijuana;;32.52;-117.03;120;sí;sí;sí;no;no\n`);
    const sites = parseRegistry(await readUserCsv(path), cities);
    expect(sites.map((s) => [s.name, s.city, s.lat, s.beds])).toEqual([['Casa del Migrante', 'MX-02004', 32.52, 120]]);
  });

  it('an arrivals file separated by semicolons is read too', async () => {
    const path = file('period;place;kind;people\n2026-07;Reynosa;men;310\n');
    const rows = await readScenarioFile(path, cities);
    expect(rows.map((r) => [r.from, r.to, r.place, r.kind, r.people])).toEqual([['2026-07-01', '2026-07-31', { city: 'MX-28032' }, 'men', 310]]);
  });

  it('a coordinate with a decimal comma says the comma is the fault, and the number to write', async () => {
    const path = file(`${HEADER.replaceAll(',', ';')}\nCasa del Migrante;Tijuana;;32,52;-117,03;120;sí;sí;sí;no;no\n`);
    const e = await failure(async () => parseRegistry(await readUserCsv(path), cities));
    expect(e.at).toMatchObject({ row: 2, column: 'lat' });
    expect(e.message).toMatch(/found "32,52" \(a decimal comma: write 32\.52\)$/);
    expect(inputErrorInSpanish(e)).toMatch(/se encontró "32,52" \(una coma decimal: escriba 32\.52\)$/);
  });

  it('a mistyped city is answered with the city it is nearest to, and its state', async () => {
    const path = file(`${HEADER}\nCasa del Migrante,Tijuanna,,32.52,-117.03,120,sí,sí,sí,no,no\n`);
    const e = await failure(async () => parseRegistry(await readUserCsv(path), cities));
    expect(e.message).toContain('did you mean Tijuana (Baja California)?');
    expect(inputErrorInSpanish(e)).toContain('¿quiso decir Tijuana (Baja California)?');
    const arrivals = file('period,place,kind,people\n2026-07,Reinosa,men,310\n');
    const f = await failure(() => readScenarioFile(arrivals, cities));
    expect(f.at).toMatchObject({ row: 2, column: 'place' });
    expect(inputErrorInSpanish(f)).toContain('¿quiso decir Reynosa (Tamaulipas)?');
  });
});
