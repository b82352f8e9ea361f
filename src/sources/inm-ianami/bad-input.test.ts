/**
 * Corrupted copies of the fixtures, in a temp dir under the publisher's file names:
 * each must fail with one InputError naming the file, row and column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import type { FileId } from './describe.js';
import { FILE } from './describe.js';
import adapter from './index.js';

const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);

type Edit = (lines: string[]) => string[];

async function errorFor(id: FileId, edit: Edit | Buffer): Promise<InputError> {
  const paths = await corrupted(id, typeof edit === 'function' ? edit : (ls) => ls);
  if (Buffer.isBuffer(edit)) writeFileSync(paths[id], edit);
  const e = await inputErrorOf(parseWith(adapter, paths));
  expect(e.at.file).toBe(FILE[id]);
  return e;
}

/** Line `n` (1-based, as an editor numbers them) of a fixture, with its CR. */
const fixtureLine = (id: FileId, n: number) => readFileSync(join(import.meta.dirname, 'fixtures', FILE[id]), 'utf8').split('\n')[n - 1];
const append = (line: string): Edit => (ls) => [...ls, line];

describe('inm-ianami rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await errorFor('presentados', replaceLine(1, 'PRESENTADOS', 'PRESENTADAS'));
    expect(e.at).toEqual({ file: 'Presentados.csv', row: 1, column: '5' });
    expect(e.expected).toBe('header "PRESENTADOS"');
    expect(e.found).toBe('"PRESENTADAS"');
  });

  it('a date that is not a real day', async () => {
    const e = await errorFor('retornados', replaceLine(3, '01/10/2024', '31/02/2025'));
    expect(e.at).toEqual({ file: 'Retornados.csv', row: 3, column: 'DIA' });
    expect(e.expected).toBe('a date written DD/MM/YYYY (e.g. 01/10/2024)');
    expect(e.found).toBe('"31/02/2025"');
  });

  it('a date written the other way round', async () => {
    const e = await errorFor('encuentros', replaceLine(5, '01/10/2024', '2024-10-01'));
    expect(e.at).toEqual({ file: 'Encuentros.csv', row: 5, column: 'FECHA' });
    expect(e.found).toBe('"2024-10-01"');
  });

  it('text in a count', async () => {
    const e = await errorFor('inadmisiones', replaceLine(6, ',83', ',83a'));
    expect(e.at).toEqual({ file: 'Inadmisiones.csv', row: 6, column: 'INADMITIDOS' });
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"83a"');
  });

  it('a Latin-1 copy: the first byte that is not UTF-8, in the header', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', FILE.presentados), 'utf8').replace(/^\uFEFF/, '');
    const e = await errorFor('presentados', Buffer.from(text, 'latin1'));
    expect(e.at).toEqual({ file: 'Presentados.csv', row: 1, column: 'ESTACIÓN O ESTANCIA MIGRATORIA' });
    expect(e.expected).toBe('a UTF-8 CSV with 5 columns delimited by ","');
    expect(e.found).toMatch(/^bytes that are not UTF-8 \(0xd3 at byte \d+; a Latin-1 or Windows-1252 file\?\)$/);
  });

  it('a Latin-1 copy: the first byte that is not UTF-8, in a data row', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', FILE.inadmisiones), 'utf8').replace(/^\uFEFF/, '');
    const e = await errorFor('inadmisiones', Buffer.from(text, 'latin1'));
    // "Ciudad de México" on row 3.
    expect(e.at).toEqual({ file: 'Inadmisiones.csv', row: 3, column: 'ESTADO / O.R.' });
    expect(e.found).toMatch(/^bytes that are not UTF-8 \(0xe9 at byte/);
  });

  it('an empty file', async () => {
    const e = await errorFor('rescatados', () => []);
    expect(e.at).toEqual({ file: 'Rescatados.csv', row: 1, column: 'DIA' });
    expect(e.expected).toMatch(/^the header "DIA,ESTADO \/ O\.R\.,NACIONALIDAD,EXTRANJEROS RESCATADOS/);
    expect(e.found).toBe('an empty file');
  });

  it('a header with no data rows', async () => {
    const e = await errorFor('inadmisiones', (ls) => ls.slice(0, 1));
    expect(e.at).toEqual({ file: 'Inadmisiones.csv', row: 2, column: 'DIA' });
    expect(e.expected).toBe('data rows below the header');
    expect(e.found).toBe('the end of the file');
  });

  it('an unknown nationality label', async () => {
    const e = await errorFor('retornados', replaceLine(3, 'Guatemala', 'Atlantis'));
    expect(e.at).toEqual({ file: 'Retornados.csv', row: 3, column: 'NACIONALIDAD' });
    expect(e.expected).toContain('a country or nationality known to corridor');
    expect(e.found).toBe('"Atlantis"');
  });

  it('an unknown state label', async () => {
    const e = await errorFor('inadmisiones', replaceLine(12, 'Jalisco', 'Jalisko'));
    expect(e.at).toEqual({ file: 'Inadmisiones.csv', row: 12, column: 'ESTADO / O.R.' });
    expect(e.expected).toContain('a Mexican state');
    expect(e.found).toBe('"Jalisko"');
  });

  it('a state office written "Oficina de Representación en ..." is its state', async () => {
    const paths = await corrupted('inadmisiones', replaceLine(12, 'Jalisco', 'Oficina de Representación en Jalisco'));
    const obs = await parseWith(adapter, paths);
    expect(obs.find((o) => o.citizenship === 'TWN')?.geography).toBe('MX-14');
  });

  it('a duplicated day × state × nationality cell', async () => {
    const e = await errorFor('retornados', append(fixtureLine('retornados', 3).replace(',26,0,26', ',3,0,3')));
    expect(e.at).toEqual({ file: 'Retornados.csv', row: 9, column: 'DIA' });
    expect(e.expected).toBe('one row per day, state office and nationality (this one is already at row 3)');
    expect(e.found).toBe('a second row for 01/10/2024, Chiapas, Guatemala');
  });

  it('a duplicated cell written in other capitals', async () => {
    const e = await errorFor('extranjeros', append('02/10/2024,Coahuila,Cuba,1,1,0\r'));
    expect(e.at).toEqual({ file: 'Extranjeros_recibidos.csv', row: 6, column: 'DIA' });
    expect(e.expected).toContain('already at row 4');
  });

  it('a station twice on one day', async () => {
    const e = await errorFor('presentados', append(fixtureLine('presentados', 6)));
    expect(e.at).toEqual({ file: 'Presentados.csv', row: 8, column: 'DIA' });
    expect(e.expected).toBe('one row per day, state office, nationality and station (this one is already at row 6)');
    expect(e.found).toBe('a second row for 01/10/2024, Chiapas, Guatemala, Estación Migratoria Tapachula');
  });

  it('a second counts row for a rescue cell (a repeats-only row is allowed)', async () => {
    const e = await errorFor('rescatados', append('01/10/2024,CHIAPAS,GUATEMALA,1,1,0,1,0,\r'));
    expect(e.at).toEqual({ file: 'Rescatados.csv', row: 7, column: 'DIA' });
    expect(e.expected).toContain('kind of row (counts, or repeats only) (this one is already at row 3)');
  });

  it('data in a headerless trailing column', async () => {
    const e = await errorFor('mexicanos', replaceLine(2, ',92,0,,,,,,', ',92,0,5,,,,,'));
    expect(e.at).toEqual({ file: 'Mexicanos_Recibidos.csv', row: 2, column: '10' });
    expect(e.expected).toBe('an empty cell (no data after "VUELOS PRIM")');
    expect(e.found).toBe('"5"');
  });

  it('an encounter TOTAL that is not Mexico + Extranjeros', async () => {
    const e = await errorFor('encuentros', replaceLine(2, 'Chihuahua,12,9,3,', 'Chihuahua,13,9,3,'));
    expect(e.at).toEqual({ file: 'Encuentros.csv', row: 2, column: 'TOTAL' });
    expect(e.expected).toBe('Mexico + Extranjeros = 12 (9 + 3)');
    expect(e.found).toBe('13');
  });

  it('an encounter Extranjeros that is not the sum of the nationality columns', async () => {
    const e = await errorFor('encuentros', replaceLine(2, 'Chihuahua,12,9,3,2,', 'Chihuahua,12,9,3,1,'));
    expect(e.at).toEqual({ file: 'Encuentros.csv', row: 2, column: 'Extranjeros' });
    expect(e.expected).toBe('the sum of the nationality columns, 2');
    expect(e.found).toBe('3');
  });

  it('an unknown encounter location, listing the known ones', async () => {
    const e = await errorFor('encuentros', replaceLine(2, 'USBP,Big Bend,', 'USBP,Marfa,'));
    expect(e.at).toEqual({ file: 'Encuentros.csv', row: 2, column: 'Location' });
    expect(e.expected).toMatch(/^one of "San Diego", "El Centro", .*"Rio Grande"$/);
    expect(e.found).toBe('"Marfa"');
  });

  it('a location paired with another state than usual', async () => {
    const e = await errorFor('encuentros', replaceLine(2, 'Big Bend,Texas,Chihuahua', 'Big Bend,Texas,Coahuila'));
    expect(e.at).toEqual({ file: 'Encuentros.csv', row: 2, column: 'Ciudad MX' });
    expect(e.expected).toBe('one of "Chihuahua"');
  });

  it('a day twice in the transfers', async () => {
    const e = await errorFor('traslados', append(fixtureLine('traslados', 2)));
    expect(e.at).toEqual({ file: 'Traslados.csv', row: 5, column: 'DIA' });
    expect(e.expected).toBe('one row for day 16/12/2023');
  });

  it('a transfers TOTAL that is not the sum of the states', async () => {
    const e = await errorFor('traslados', replaceLine(3, ',0,0,256', ',0,0,265'));
    expect(e.at).toEqual({ file: 'Traslados.csv', row: 3, column: 'TOTAL' });
    expect(e.expected).toBe('the sum of the six states, 256');
  });

  it('a caravan whose year is not the year of its day', async () => {
    const e = await errorFor('caravanas', replaceLine(7, '2019,22/04/2019', '2018,22/04/2019'));
    expect(e.at).toEqual({ file: 'Caravanas_2019_2026.csv', row: 7, column: 'Año' });
    expect(e.expected).toBe('the year of DIA, 2019');
  });

  it('a caravan list date in another form', async () => {
    const e = await errorFor('caravanasCs', replaceLine(3, '13 oct. 2024', '13/10/2024'));
    expect(e.at).toEqual({ file: 'Caravanas_periodoCS.csv', row: 3, column: 'Fecha' });
    expect(e.expected).toBe('a date written like "05 oct. 2024"');
  });

  it('a changed reference table', async () => {
    const e = await errorFor('cinturones', replaceLine(3, '1,Tabasco', '2,Tabasco'));
    expect(e.at).toEqual({ file: 'Cinturones_Contencion.csv', row: 3, column: 'CINTURÓN' });
    expect(e.expected).toBe('1, MX-27 (as in reference.ts)');
    expect(e.found).toBe('"2,Tabasco"');
  });

  it('a reference table with a row missing', async () => {
    const e = await errorFor('frontera', (ls) => ls.slice(0, -1));
    expect(e.at).toEqual({ file: 'Estados_Frontera.csv', row: 11, column: 'FRONTERA' });
    expect(e.expected).toBe('south, MX-23, BLZ (as in reference.ts)');
  });
});
