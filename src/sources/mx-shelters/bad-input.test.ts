/**
 * Corrupted copies of the fixtures: each must fail with one InputError naming the file,
 * row and column, or give null (never 0) for a blank figure.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { parseAllWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const FILE = 'mx_te_abraza_shelters_border.csv';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseEdited = async (edit: (lines: string[]) => string[], id = 'shelters') => parseAllWith(adapter, await corrupted(id, edit));
const at = (row: number, column: string) => ({ file: FILE, row, column });

describe('mx-shelters rejects bad input', () => {
  it('a renamed header', async () => {
    await expectInputError(parseEdited(replaceLine(1, 'disponibles', 'available')), { file: FILE, row: 1, column: '9' });
  });

  it('a municipality INEGI does not list in that state, naming it', async () => {
    const e = await expectInputError(parseEdited(replaceLine(4, ',Juárez,Chihuahua,', ',Ciudad Juárez,Chihuahua,')), at(4, 'municipio'));
    expect(e.found).toBe('"Ciudad Juárez"');
    expect(e.expected).toContain('inegi_municipios_censo2020.csv');
  });

  it('a municipality placed in the wrong state', async () => {
    const e = await expectInputError(parseEdited(replaceLine(9, ',Nuevo Laredo,Tamaulipas,', ',Nuevo Laredo,Nuevo León,')), at(9, 'municipio'));
    expect(e.expected).toContain('MX-19');
  });

  it('a municipality name two INEGI municipalities share in the state', async () => {
    const e = await expectInputError(
      parseAllWith(adapter, await corruptedBoth()),
      at(2, 'municipio'),
    );
    expect(e.found).toContain('MX-02004 and MX-02099');
  });

  it('an unknown state', async () => {
    await expectInputError(parseEdited(replaceLine(2, ',Baja California,"Av.', ',Baja Cal.,"Av.')), at(2, 'estado'));
  });

  it('more places available than the capacity', async () => {
    await expectInputError(parseEdited(replaceLine(4, ',2500,1930,', ',2500,2930,')), at(4, 'disponibles'));
  });

  it('a blank capacity is null, never 0', async () => {
    const { observations } = await parseEdited(replaceLine(4, ',2500,1930,', ',,1930,'));
    expect(observations.find((o) => o.dataset === 'mx-shelters/capacity' && o.geography === 'MX-SHELTER-12')?.value).toBeNull();
  });

  it('a capacity that is not a count', async () => {
    await expectInputError(parseEdited(replaceLine(4, ',2500,1930,', ',2500 personas,1930,')), at(4, 'capacidad'));
  });

  it('coordinates outside Mexico', async () => {
    await expectInputError(parseEdited(replaceLine(4, '31.7491,-106.4711', '31.7491,106.4711')), at(4, 'longitude'));
  });

  it('a shelter id twice', async () => {
    const e = await expectInputError(parseEdited(replaceLine(3, '2,FLAMINGOS', '1,FLAMINGOS')), at(3, 'id_albergue'));
    expect(e.found).toContain('row 2');
  });

  it('one municipality id of the replica for two municipalities', async () => {
    await expectInputError(parseEdited(replaceLine(4, ',2500,1930,7', ',2500,1930,1')), at(4, 'id_municipio'));
  });

  it('a Latin-1 copy of the file (its names have accents)', async () => {
    const paths = await corrupted('shelters', (l) => l);
    await writeFile(paths.shelters, Buffer.from(await readFile(paths.shelters, 'utf8'), 'latin1'));
    const e = await expectInputError(parseAllWith(adapter, paths), { file: FILE, row: 4 });
    expect(e.found).toContain('not UTF-8');
  });

  it('a bad row in the INEGI municipalities file it reads', async () => {
    await expectInputError(parseEdited(replaceLine(4, ',02004,', ',02005,'), 'inegi-municipalities'), { file: 'inegi_municipios_censo2020.csv', row: 4, column: 'cve_completa' });
  });
});

/** The fixtures with a second "Tijuana" in Baja California among INEGI's municipalities. */
async function corruptedBoth() {
  return corrupted('inegi-municipalities', (l) => [...l, l[3].replace('02,Baja California,BC,004,Tijuana,02004', '02,Baja California,BC,099,Tijuana,02099')]);
}
