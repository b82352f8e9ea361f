/**
 * The registry: a good file becomes sites; each kind of bad input stops the whole file
 * with one error naming its row and column (nothing is planned from part of it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, inputErrorInSpanish } from '../../errors.js';
import { CityCatalogue } from './cities.js';
import { parseRegistry } from './registry.js';
import { readUserCsv } from './user-file.js';

const cities = new CityCatalogue([
  { code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.53, lon: -117.02 },
  { code: 'MX-08037', name: 'Juárez', state: 'MX-08', lat: 31.75, lon: -106.49 },
  { code: 'MX-05015', name: 'Juárez', state: 'MX-05', lat: 27.6, lon: -100.7 },
]);
const HEADER = 'name,city,state,lat,lon,beds,beds_families,takes_men,takes_women,takes_families,takes_minors,dif,opens,closes';
const GOOD = [
  'Casa del Migrante,Tijuana,,32.52,-117.03,120,40,yes,no,yes,no,no,,',
  'DIF Juárez,Ciudad Juárez,,31.74,-106.45,30,,no,no,no,sí,sí,2026-01-01,2026-12-31',
  'Albergue Norte,juarez,Chihuahua,31.7,-106.4,50,,yes,yes,no,no,no,,',
];
const dir = mkdtempSync(join(tmpdir(), 'corridor-registry-'));
let n = 0;
async function parse(lines: string[]) {
  const path = join(dir, `registry-${n++}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return parseRegistry(await readUserCsv(path), cities);
}
async function error(lines: string[]): Promise<InputError> {
  try {
    await parse(lines);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('no error');
}

describe('shelter registry', () => {
  it('a file that does not exist, named as given (the folder may be what is wrong), said in English and Spanish', async () => {
    const path = join(dir, 'nope.csv');
    const e = (await readUserCsv(path).catch((x: unknown) => x)) as InputError;
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(`missing file in ${path}: expected a CSV file, found no such file`);
    expect(inputErrorInSpanish(e)).toBe(`falta el archivo en ${path}: se esperaba un archivo CSV, se encontró una ruta que no existe`);
  });
  it('a file that is not a CSV: named by its base name only, never its folder, never its text', async () => {
    const path = join(dir, 'passwd');
    writeFileSync(path, 'root:x:0:0:root:/root:/bin/bash\n\u0000\u0001binary\n');
    let e: unknown;
    try {
      parseRegistry(await readUserCsv(path), cities);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.message).not.toContain(dir);
    expect(inputErrorInSpanish(err)).not.toContain(dir);
    expect(err.message).not.toMatch(/root|bash/);
    expect(err.message).toMatch(/^missing column in passwd, row 1, column "name": .*found a first row that is not a list of column names \(1 cell\)$/);
  });
  it('a header of another table: its column names are shown', async () => {
    const e = await error(['site,town,beds', 'A,Tijuana,3']);
    expect(e.message).toMatch(/found the columns site, town, beds$/);
  });

  it('reads sites, resolving city names, aliases and the state that tells two Juárez apart', async () => {
    const sites = await parse([HEADER, ...GOOD]);
    expect(sites.map((s) => [s.id, s.city, s.beds, s.dif])).toEqual([
      ['casa-del-migrante', 'MX-02004', 120, false],
      ['dif-juarez', 'MX-08037', 30, true],
      ['albergue-norte', 'MX-08037', 50, false],
    ]);
    expect(sites[0].bedsByKind).toEqual({ families: 40 });
    expect(sites[1]).toMatchObject({ takes: { minors: true, men: false }, opens: '2026-01-01', closes: '2026-12-31' });
  });
  it('a missing column', async () => {
    const e = await error([HEADER.replace(',dif', ''), ...GOOD.map((l) => l.replace(/,(no|sí),(,|2026)/, ',$2'))]);
    expect(e.at).toMatchObject({ row: 1, column: 'dif' });
    expect(e.message).toMatch(/missing column/);
  });
  it('a negative bed count', async () => {
    const e = await error([HEADER, GOOD[0], GOOD[1].replace(',30,', ',-5,')]);
    expect(e.at).toMatchObject({ row: 3, column: 'beds' });
    expect(e.message).toMatch(/negative beds/);
  });
  it('an unknown city', async () => {
    const e = await error([HEADER, GOOD[0], GOOD[1], GOOD[2].replace('juarez', 'Atlantis')]);
    expect(e.at).toMatchObject({ row: 4, column: 'city' });
    expect(e.message).toMatch(/unknown city.*Atlantis/);
  });
  it('an ambiguous city without its state', async () => {
    const e = await error([HEADER, GOOD[2].replace('Chihuahua', '')]);
    expect(e.message).toMatch(/Juárez \(Chihuahua\) from Juárez \(Coahuila\)|Juárez \(Coahuila\) from Juárez \(Chihuahua\)/);
  });
  it('duplicated names', async () => {
    const e = await error([HEADER, ...GOOD, GOOD[0].replace('Casa del Migrante', 'casa del migrante')]);
    expect(e.at).toMatchObject({ row: 5, column: 'name' });
    expect(e.message).toMatch(/duplicated site name.*row 2/);
  });
  it('minors at a site that is not DIF', async () => {
    const e = await error([HEADER, GOOD[0].replace('yes,no,yes,no,no', 'yes,no,yes,yes,no')]);
    expect(e.at).toMatchObject({ row: 2, column: 'takes_minors' });
  });
  it('every bad row is said wholly in Spanish too: what, where, expected and found, no English detail', async () => {
    const cases: [string[], string][] = [
      [[HEADER, GOOD[2].replace('juarez', 'Atlantis')], 'ciudad desconocida en registry-NN.csv, fila 2, columna "city": se esperaba un municipio de un estado de la frontera norte (nombre o clave del INEGI, p. ej. Tijuana o MX-02004), se encontró "Atlantis"'],
      [[HEADER, GOOD[1].replace(',30,', ',-5,')], 'camas negativas en registry-NN.csv, fila 2, columna "beds": se esperaba un número de camas de 0 o más, se encontró "-5"'],
      [[HEADER, GOOD[0].replace('yes,no,yes,no,no', 'yes,no,yes,yes,no')], 'regla incumplida en registry-NN.csv, fila 2, columna "takes_minors": se esperaba no, salvo que el sitio sea una instalación del DIF (dif sí): las niñas, niños y adolescentes no acompañados solo van a sitios del DIF, se encontró "yes"'],
      [[HEADER, GOOD[2].replace('Chihuahua', '')], 'ciudad desconocida en registry-NN.csv, fila 2, columna "city": se esperaba un estado para distinguir Juárez (Chihuahua) de Juárez (Coahuila) (columna "state"), se encontró "juarez"'],
      [[HEADER, GOOD[0].replace('Casa del Migrante', '')], 'falta un valor en registry-NN.csv, fila 2, columna "name": se esperaba el nombre del sitio, se encontró una celda vacía'],
      [[HEADER, GOOD[0], GOOD[0].replace('Casa del Migrante', 'casa del migrante')], 'nombre de sitio duplicado en registry-NN.csv, fila 3, columna "name": se esperaba un nombre usado una sola vez (la fila 2 ya lo tiene), se encontró "casa del migrante"'],
      [[HEADER, GOOD[0].replace(',120,40,', ',120,140,')], 'demasiadas camas en registry-NN.csv, fila 2, columna "beds_families": se esperaba a lo más las camas del sitio (120), se encontró "140"'],
      [[HEADER, GOOD[0].replace('yes,no,yes,no,no', 'yes,no,no,no,no')], 'fila incoherente en registry-NN.csv, fila 2, columna "beds_families": se esperaba ninguna cama para familias con niñas y niños en un sitio que no los recibe (takes_families es no), se encontró "40"'],
      [[HEADER, GOOD[0].replace('yes,no,yes', 'maybe,no,yes')], 'no es sí o no en registry-NN.csv, fila 2, columna "takes_men": se esperaba sí o no (yes/no), se encontró "maybe"'],
      [[HEADER, GOOD[0].replace(',120,', ',ten,')], 'no es un número en registry-NN.csv, fila 2, columna "beds": se esperaba un número entero de camas, se encontró "ten"'],
      [[HEADER, GOOD[0].replace('32.52', '52.52')], 'coordenada no válida en registry-NN.csv, fila 2, columna "lat": se esperaba una coordenada decimal en México, entre 14 y 33, se encontró "52.52"'],
      [[HEADER, GOOD[1].replace('2026-01-01,2026-12-31', '2026-01-01,2025-12-31')], 'cierra antes de abrir en registry-NN.csv, fila 2, columna "closes": se esperaba un día igual o posterior a opens (2026-01-01), se encontró "2025-12-31"'],
      [[HEADER, GOOD[1].replace('2026-01-01', '01/01/2026')], 'fecha no válida en registry-NN.csv, fila 2, columna "opens": se esperaba un día escrito AAAA-MM-DD, o una celda vacía, se encontró "01/01/2026"'],
      [['site,town,beds', 'A,Tijuana,3'], 'falta una columna en registry-NN.csv, fila 1, columna "name": se esperaba una columna "name" (obligatorias: name, city, lat, lon, beds, takes_men, takes_women, takes_families, takes_minors, dif), se encontraron las columnas site, town, beds'],
    ];
    for (const [lines, es] of cases) {
      const e = await error(lines);
      expect(inputErrorInSpanish(e).replace(/registry-\d+/, 'registry-NN')).toBe(es);
      // The English message stays English.
      expect(e.message).toMatch(/ in registry-\d+\.csv, row \d, column "[a-z_]+": expected .*, found /);
      expect(e.message).not.toMatch(/se esperaba|fila/);
    }
  });
  it('a yes/no cell that is neither', async () => {
    const e = await error([HEADER, GOOD[0].replace('yes,no,yes', 'maybe,no,yes')]);
    expect(e.at).toMatchObject({ row: 2, column: 'takes_men' });
  });
});
