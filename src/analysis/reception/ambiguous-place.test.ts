/**
 * An arrivals file naming Juárez or Matamoros (audit of 7 December 2026): both names are
 * municipalities of more than one northern border state. Before, the file was refused with
 * "expected a northern border state or a state to tell Juárez (Chihuahua) from Juárez (Nuevo
 * León) apart (column "state")": an arrivals file has no state column, so the coordinator
 * could not act on it. Now the name with its state is read ("Juárez (Chihuahua)", "Matamoros,
 * Tamaulipas"), and a bare shared name is answered with each city's code and way to write it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, inputErrorInSpanish } from '../../errors.js';
import { CityCatalogue } from './cities.js';
import { readScenarioFile } from './scenario-file.js';

const cities = new CityCatalogue([
  { code: 'MX-08037', name: 'Juárez', state: 'MX-08', lat: 31.75, lon: -106.49 },
  { code: 'MX-19031', name: 'Juárez', state: 'MX-19', lat: 25.65, lon: -100.09 },
  { code: 'MX-28022', name: 'Matamoros', state: 'MX-28', lat: 25.87, lon: -97.5 },
  { code: 'MX-05017', name: 'Matamoros', state: 'MX-05', lat: 25.53, lon: -103.23 },
  { code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.53, lon: -117.02 },
]);
const dir = mkdtempSync(join(tmpdir(), 'corridor-ambiguous-'));
let n = 0;
const file = (lines: string[]) => {
  const path = join(dir, `arrivals-${n++}.csv`);
  writeFileSync(path, `${['period,place,kind,people', ...lines].join('\n')}\n`);
  return path;
};

describe('an arrivals file naming a city several states share', () => {
  it('reads the name with its state, in brackets or after a comma, and any INEGI code', async () => {
    const rows = await readScenarioFile(file(['2026-06,Juárez (Chihuahua),men,300', '2026-06,"Matamoros, Tamaulipas",families,90', '2026-06,MX-19031,women,10', '2026-06,Tijuana,men,5']), cities);
    expect(rows.map((r) => r.place)).toEqual([{ city: 'MX-08037' }, { city: 'MX-28022' }, { city: 'MX-19031' }, { city: 'MX-02004' }]);
  });

  it('answers a bare shared name with each city\'s code and name with its state, never a column the file does not have', async () => {
    const e = await readScenarioFile(file(['2026-06,Tijuana,men,5', '2026-06,Juárez,men,300']), cities).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.at).toMatchObject({ row: 3, column: 'place' });
    expect(err.message).not.toContain('column "state"');
    expect(err.message).toBe(
      'ambiguous place in arrivals-1.csv, row 3, column "place": expected one municipality: Juárez is the name of 2 (write MX-08037 or "Juárez (Chihuahua)"; MX-19031 or "Juárez (Nuevo León)"), found "Juárez"',
    );
    expect(inputErrorInSpanish(err)).toBe(
      'lugar ambiguo en arrivals-1.csv, fila 3, columna "place": se esperaba un solo municipio: Juárez es el nombre de 2 (escriba MX-08037 o "Juárez (Chihuahua)"; MX-19031 o "Juárez (Nuevo León)"), se encontró "Juárez"',
    );
  });

  it('still refuses a name with a state that does not hold it, as an unknown place', async () => {
    const e = await readScenarioFile(file(['2026-06,Juárez (Sonora),men,300']), cities).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).at).toMatchObject({ row: 2, column: 'place' });
    expect((e as InputError).message).toMatch(/^unknown place in arrivals-2\.csv, row 2, column "place"/);
  });
});
