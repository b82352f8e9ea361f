/**
 * Corrupted copies of the fixtures: each must fail with one InputError naming the file,
 * row and column, or give null (never 0) for a blank count.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { parseAllWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const MUN = 'inegi_municipios_censo2020.csv';
const LOC = 'inegi_localidades_pob1000_censo2020.csv';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseEdited = async (id: 'municipalities' | 'localities', edit: (lines: string[]) => string[]) => parseAllWith(adapter, await corrupted(id, edit));
const mun = (row: number, column: string) => ({ file: MUN, row, column });
const loc = (row: number, column: string) => ({ file: LOC, row, column });

describe('inegi-places rejects bad municipalities', () => {
  it('a renamed header', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(1, 'cve_completa', 'clave')), { file: MUN, row: 1, column: '6' });
  });

  it('a state code out of range', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(4, '02,Baja California', '33,Baja California')), mun(4, 'cve_entidad'));
  });

  it('a state name that does not match its code', async () => {
    const e = await expectInputError(parseEdited('municipalities', replaceLine(4, '02,Baja California,', '02,Sonora,')), mun(4, 'nom_entidad'));
    expect(e.found).toBe('"Sonora"');
  });

  it('a full code that does not join the state and municipality codes', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(4, ',02004,', ',02005,')), mun(4, 'cve_completa'));
  });

  it('a municipality twice', async () => {
    const e = await expectInputError(parseEdited('municipalities', (l) => [...l, l[3]]), mun(23, 'cve_completa'));
    expect(e.found).toContain('row 4');
  });

  it('a code that lost its leading zero', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(4, '02,Baja California,BC,004', '02,Baja California,BC,4')), mun(4, 'cve_municipio'));
  });

  it('men and women that do not add up to the population', async () => {
    const e = await expectInputError(parseEdited('municipalities', replaceLine(4, ',968740,', ',968741,')), mun(4, 'poblacion_masculina'));
    expect(e.expected).toContain('1922523');
  });

  it('0 inhabitants with dwellings', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(5, ',0,0,0,0', ',0,0,0,12')), mun(5, 'poblacion_total'));
  });

  it('a blank population is null, never 0', async () => {
    const { observations } = await parseEdited('municipalities', replaceLine(4, ',1922523,', ',,'));
    expect(observations.find((o) => o.geography === 'MX-02004' && o.demographic === 'ALL')?.value).toBeNull();
  });

  it('text in a count', async () => {
    const e = await expectInputError(parseEdited('municipalities', replaceLine(4, ',1922523,', ',1.9M,')), mun(4, 'poblacion_total'));
    expect(e.found).toBe('"1.9M"');
  });

  it('a seat code without a seat name', async () => {
    await expectInputError(parseEdited('municipalities', replaceLine(4, '0001,Tijuana,', '0001,,')), mun(4, 'nom_cabecera'));
  });

  it('a Latin-1 copy of the file (its names have accents)', async () => {
    const paths = await corrupted('municipalities', (l) => l);
    await writeFile(paths.municipalities, Buffer.from(await readFile(paths.municipalities, 'utf8'), 'latin1'));
    const e = await expectInputError(parseAllWith(adapter, paths), { file: MUN, row: 9 });
    expect(e.found).toContain('not UTF-8');
  });
});

describe('inegi-places rejects bad localities', () => {
  it('a locality whose municipality is not in the municipalities file', async () => {
    const e = await expectInputError(parseEdited('localities', replaceLine(5, '020040001,02,Baja California,BC,004', '020030001,02,Baja California,BC,003')), loc(5, 'cve_municipio'));
    expect(e.found).toBe('"003"');
  });

  it('a key that does not join its codes', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, '020040001,', '020040002,')), loc(5, 'cvegeo'));
  });

  it('a municipality name that does not match the municipalities file', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, ',004,Tijuana,', ',004,Tecate,')), loc(5, 'nom_municipio'));
  });

  it('swapped coordinates', async () => {
    const e = await expectInputError(parseEdited('localities', replaceLine(5, '32.53246,-117.018913', '-117.018913,32.53246')), loc(5, 'latitud'));
    expect(e.expected).toContain('latitude in Mexico');
  });

  it('a coordinate with a decimal comma', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, '32.53246,-117.018913', '"32,53246",-117.018913')), loc(5, 'latitud'));
  });

  it('a locality under 1,000 inhabitants', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, ',1810645,911352,899293,', ',999,500,499,')), loc(5, 'poblacion_total'));
  });

  it('0 men and 0 women in a locality with many dwellings', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, ',911352,899293,', ',0,0,')), loc(5, 'poblacion_masculina'));
  });

  it('an unknown ambito', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, ',U,32.53246', ',Urbano,32.53246')), loc(5, 'ambito'));
  });

  it('an altitude that is not a number', async () => {
    await expectInputError(parseEdited('localities', replaceLine(5, ',-117.018913,22,', ',-117.018913,22 m,')), loc(5, 'altitud'));
  });

  it('a footnote below the table', async () => {
    await expectInputError(parseEdited('localities', (l) => [...l, 'Fuente: INEGI, Censo 2020']), loc(12, 'cve_entidad'));
  });
});
