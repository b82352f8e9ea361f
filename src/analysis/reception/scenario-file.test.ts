/**
 * A user's arrivals file (scenario-file.ts) and planning assumptions (assumptions-file.ts):
 * each bad input stops the file with one error naming file, row and column, said wholly in the
 * reader's language (what, expected and found), never with English detail in a Spanish message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, inputErrorInSpanish } from '../../errors.js';
import { readAssumptions, DEFAULT_ASSUMPTIONS_FILE } from './assumptions-file.js';
import { CityCatalogue } from './cities.js';
import { readScenarioFile } from './scenario-file.js';

const cities = new CityCatalogue([{ code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.53, lon: -117.02 }]);
const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-file-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
async function fault(run: () => Promise<unknown>): Promise<InputError> {
  const e = await run().then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('arrivals file: bad rows in English and Spanish', () => {
  const cases: [string, string, string, string][] = [
    ['place.csv', 'period,place,kind,people\n2026-06,Atlantis,all,100\n',
      'unknown place in place.csv, row 2, column "place": expected a northern border state or a municipality of a northern border state (INEGI name or code, e.g. Tijuana or MX-02004), found "Atlantis"',
      'lugar desconocido en place.csv, fila 2, columna "place": se esperaba un estado de la frontera norte o un municipio de un estado de la frontera norte (nombre o clave del INEGI, p. ej. Tijuana o MX-02004), se encontró "Atlantis"'],
    ['kind.csv', 'period,place,kind,people\n2026-06,Tijuana,kids,100\n',
      'unknown kind in kind.csv, row 2, column "kind": expected one of men, women, families, minors, adults, all, found "kids"',
      'tipo desconocido en kind.csv, fila 2, columna "kind": se esperaba uno de men, women, families, minors, adults, all, se encontró "kids"'],
    ['people.csv', 'period,place,kind,people\n2026-06,Tijuana,men,\n',
      'bad number in people.csv, row 2, column "people": expected a number of people, 0 or more, found an empty cell',
      'número no válido en people.csv, fila 2, columna "people": se esperaba un número de personas, 0 o más, se encontró una celda vacía'],
    ['period.csv', 'period,place,kind,people\nJune,Tijuana,men,5\n',
      'bad period in period.csv, row 2, column "period": expected a week (YYYY-MM-DD, its Monday) or a month (YYYY-MM), found "June"',
      'periodo no válido en period.csv, fila 2, columna "period": se esperaba una semana (AAAA-MM-DD, su lunes) o un mes (AAAA-MM), se encontró "June"'],
    ['header.csv', 'when,where,kind,people\n2026-06,Tijuana,men,5\n',
      'missing column in header.csv, row 1, column "period": expected the columns period, place, kind, people, found the columns when, where, kind, people',
      'falta una columna en header.csv, fila 1, columna "period": se esperaba las columnas period, place, kind, people, se encontraron las columnas when, where, kind, people'],
    ['empty.json', '[]',
      'no arrivals in empty.json: expected an array of { period, place, kind, people } (or { "arrivals": [...] }), found "[]"',
      'sin llegadas en empty.json: se esperaba una lista de { period, place, kind, people } (o { "arrivals": [...] }), se encontró "[]"'],
  ];
  for (const [name, text, en, es] of cases) {
    it(`${name}: ${en.split(' in ')[0]}`, async () => {
      const e = await fault(() => readScenarioFile(write(name, text), cities));
      expect(e.message).toBe(en);
      expect(inputErrorInSpanish(e)).toBe(es);
      expect(inputErrorInSpanish(e)).not.toMatch(/detalle en inglés|expected|found/);
    });
  }
});

describe('planning assumptions file: a bad value in English and Spanish', () => {
  it('a negative stay', async () => {
    const good = JSON.parse(readFileSync(DEFAULT_ASSUMPTIONS_FILE, 'utf8'));
    const path = write('assumptions.json', JSON.stringify({ ...good, stayDays: { ...good.stayDays, men: -2 } }));
    const e = await fault(async () => readAssumptions(path));
    expect(e.message).toBe('bad assumption in assumptions.json, column "stayDays.men": expected a positive number, found "-2"');
    expect(inputErrorInSpanish(e)).toBe('supuesto no válido en assumptions.json, columna "stayDays.men": se esperaba un número positivo, se encontró "-2"');
  });
  it('shares that do not add up to 1', async () => {
    const good = JSON.parse(readFileSync(DEFAULT_ASSUMPTIONS_FILE, 'utf8'));
    const path = write('assumptions2.json', JSON.stringify({ ...good, familyComposition: [{ adults: 1, children: 1, share: 0.5 }] }));
    const e = await fault(async () => readAssumptions(path));
    expect(inputErrorInSpanish(e)).toBe('supuesto no válido en assumptions2.json, columna "familyComposition": se esperaba proporciones que sumen 1, se encontró "0.5"');
  });
});
