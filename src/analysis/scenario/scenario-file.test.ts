/**
 * Bad scenarios get one clear error naming the field, what is allowed and what was found;
 * the shipped scenarios are all valid.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError, encontroEs, inputErrorInSpanish } from '../../errors.js';
import { calibrate } from './calibrate.js';
import { DEFAULT_ASSUMPTIONS } from './assumptions.js';
import type { CorridorSeries } from './inputs.js';
import { listScenarios, parseScenario, readScenarioFile, resolveScenario } from './scenario-file.js';
import { monthRange } from './months.js';

const valid = {
  name: 'test',
  title: { en: 'Test', es: 'Prueba' },
  description: { en: 'A test', es: 'Una prueba' },
  levers: { enforcementSouth: { value: 1.5, from: '2021-04' } },
};

function errorOf(value: unknown): InputError {
  try {
    parseScenario(value, 'bad.json');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('no error');
}

describe('scenario files', () => {
  it('accepts a valid scenario and every shipped one', () => {
    expect(parseScenario(valid, 'ok.json').levers.enforcementSouth?.value).toBe(1.5);
    const shipped = listScenarios();
    expect(shipped.map((s) => s.name)).toEqual(expect.arrayContaining(['status-quo', 'seed-2021-04']));
    expect(shipped.length).toBeGreaterThanOrEqual(4);
    for (const s of shipped) expect(resolveScenario(s.name).name).toBe(s.name);
  });

  it('names the lever, the range and the value when a lever is out of range', () => {
    const e = errorOf({ ...valid, levers: { enforcementSouth: { value: 5, from: '2021-04' } } });
    expect(e.message).toContain('levers.enforcementSouth.value');
    expect(e.message).toContain('from 0.5 to 3');
    expect(e.message).toContain('5');
    expect(errorOf({ ...valid, levers: { expelFMUA: { value: 1.2, from: '2021-04' } } }).message).toContain('from 0 to 1');
  });

  it('names an unknown nationality group or border state and lists the allowed ones', () => {
    const g = errorOf({ ...valid, levers: { departures: { value: 0.8, from: '2021-04', groups: ['GTM', 'NIC'] } } });
    expect(g.message).toContain('levers.departures.groups.1');
    expect(g.message).toContain('MEX, GTM, HND, SLV, OAM, ROW');
    expect(g.message).toContain('NIC');
    const s = errorOf({ ...valid, levers: { familyAcceptance: { value: 2, from: '2021-04', states: { 'MX-07': 2 } } } });
    expect(s.message).toContain('levers.familyAcceptance.states');
    expect(s.message).toContain('MX-02');
  });

  it('refuses unknown fields, bad months and an end before the start', () => {
    expect(errorOf({ ...valid, levers: { enforcment: { value: 1, from: '2021-04' } } }).message).toContain('enforcment');
    expect(errorOf({ ...valid, levers: { capacity: { value: 1, from: 'April 2021' } } }).message).toContain('YYYY-MM');
    expect(errorOf({ ...valid, levers: { capacity: { value: 1, from: '2021-04', to: '2021-01' } } }).message).toContain('levers.capacity.to');
    expect(errorOf({ ...valid, calibration: { from: '2021-04', to: '2020-01' } }).message).toContain('calibration.to');
    expect(errorOf({ ...valid, horizon: 100 }).message).toContain('horizon');
  });

  it('says each of these in Spanish too, the field and the value as in English', () => {
    const es = (value: unknown) => inputErrorInSpanish(errorOf(value));
    expect(es({ ...valid, levers: { enforcementSouth: { value: 5, from: '2021-04' } } })).toBe('escenario no válido en bad.json, campo "levers.enforcementSouth.value": se esperaba un número de 0.5 a 3, se encontró 5');
    expect(es({ ...valid, levers: { capacity: { value: 1, from: '2021-04', to: '2021-01' } } })).toBe('escenario no válido en bad.json, campo "levers.capacity.to": se esperaba un mes no anterior a "from", se encontró "2021-01"');
    expect(es({ ...valid, levers: { capacity: { value: 1, from: 'April 2021' } } })).toBe('escenario no válido en bad.json, campo "levers.capacity.from": se esperaba un mes escrito AAAA-MM, se encontró "April 2021"');
    expect(es({ ...valid, levers: { enforcment: { value: 1, from: '2021-04' } } })).toBe('escenario no válido en bad.json, campo "levers.enforcment": se esperaba una de las palancas: enforcementSouth, enforcementRest, expelSA, expelFMUA, expelUC, familyAcceptance, reattempt, departures, capacity (enforcment no es uno de ellos), se encontró "enforcment": {"value":1,"from":"2021-04"}');
    expect(es({ ...valid, horizon: 100 })).toBe('escenario no válido en bad.json, campo "horizon": se esperaba un número entero de meses de 1 a 36, se encontró 100');
    expect(es({ ...valid, levers: { departures: { value: 0.8, from: '2021-04', groups: ['NIC'] } } })).toMatch(/^escenario no válido en bad\.json, campo "levers\.departures\.groups\.0": se esperaba uno de MEX, GTM, HND, SLV, OAM, ROW, se encontró "NIC"$/);
    expect(es({ ...valid, title: 'x' })).toMatch(/^escenario no válido en bad\.json, campo "title": se esperaba .*, se encontró "x"$/);
    for (const text of [es({ ...valid, title: 'x' }), es({ ...valid, name: 'A B' })]) expect(text).not.toMatch(/mensaje en inglés|detalle en inglés|expected|Invalid/);
  });

  it('names an unknown lever with the levers allowed, an unknown field with its own value (not the whole scenario), and a number too large', () => {
    const lever = errorOf({ ...valid, levers: { bogus: { value: 1, from: '2021-04' } } });
    expect(lever.message).toBe('invalid scenario in bad.json, field "levers.bogus": expected one of the levers: enforcementSouth, enforcementRest, expelSA, expelFMUA, expelUC, familyAcceptance, reattempt, departures, capacity (bogus is not one), found "bogus": {"value":1,"from":"2021-04"}');
    const top = errorOf({ ...valid, extra: 1 });
    expect(top.message).toBe('invalid scenario in bad.json, field "extra": expected only the fields of a scenario: name, title, description, calibration, horizon, levers, assumptions (extra is not one), found "extra": 1');
    expect(top.message).not.toContain('"title"');
    expect(inputErrorInSpanish(top)).toBe('escenario no válido en bad.json, campo "extra": se esperaba solo los campos de un escenario: name, title, description, calibration, horizon, levers, assumptions (extra no es uno de ellos), se encontró "extra": 1');
    const inLever = errorOf({ ...valid, levers: { capacity: { value: 1, from: '2021-04', until: '2022-01' } } });
    expect(inLever.message).toContain('field "levers.capacity.until": expected only the fields of a lever: value, from, to, rampMonths (until is not one), found "until": "2022-01"');
    // JSON.parse reads 1e400 as Infinity, which JSON.stringify would write as null.
    const huge = errorOf(JSON.parse(JSON.stringify(valid).replace('"value":1.5', '"value":1e400')));
    expect(huge.message).toBe('invalid scenario in bad.json, field "levers.enforcementSouth.value": expected a number from 0.5 to 3, found Infinity (a number too large)');
    expect(inputErrorInSpanish(huge)).toBe('escenario no válido en bad.json, campo "levers.enforcementSouth.value": se esperaba un número de 0.5 a 3, se encontró Infinity (un número demasiado grande)');
  });

  it('agrees in Spanish: nothing found is "no se encontró nada", a plural "se encontraron"', () => {
    expect(encontroEs('nada (el campo es obligatorio)')).toBe('no se encontró nada (el campo es obligatorio)');
    expect(encontroEs('las columnas a, b')).toBe('se encontraron las columnas a, b');
    expect(encontroEs('5')).toBe('se encontró 5');
    expect(encontroEs('"nadador"')).toBe('se encontró "nadador"');
  });

  it('says what a missing or mistyped field should be in words, and what was found, in each language', () => {
    const both = (value: unknown) => {
      const e = errorOf(value);
      return { en: e.message, es: inputErrorInSpanish(e) };
    };
    const { title, ...untitled } = valid;
    expect(title).toBeDefined();
    expect(both(untitled)).toEqual({
      en: 'invalid scenario in bad.json, field "title": expected the text in English and in Spanish, {"en": "…", "es": "…"}, found nothing (the field is required)',
      es: 'escenario no válido en bad.json, campo "title": se esperaba el texto en inglés y en español, {"en": "…", "es": "…"}, no se encontró nada (el campo es obligatorio)',
    });
    expect(both({ ...valid, levers: { enforcementSouth: { value: 'abc', from: '2021-04' } } })).toEqual({
      en: 'invalid scenario in bad.json, field "levers.enforcementSouth.value": expected a number from 0.5 to 3, found "abc"',
      es: 'escenario no válido en bad.json, campo "levers.enforcementSouth.value": se esperaba un número de 0.5 a 3, se encontró "abc"',
    });
    const notObject = both({ ...valid, levers: { enforcementSouth: 5 } });
    expect(notObject.en).toMatch(/^invalid scenario in bad\.json, field "levers\.enforcementSouth": expected a lever as an object, e\.g\. \{"value": 1\.5, "from": "2021-04"\} \("value" a number from 0\.5 to 3; "to" and "rampMonths" optional\), found 5$/);
    expect(notObject.es).toMatch(/^escenario no válido en bad\.json, campo "levers\.enforcementSouth": se esperaba una palanca como objeto, .*, se encontró 5$/);
    const { from, ...noFrom } = valid.levers.enforcementSouth;
    expect(from).toBe('2021-04');
    expect(both({ ...valid, levers: { enforcementSouth: noFrom } }).en).toBe('invalid scenario in bad.json, field "levers.enforcementSouth.from": expected a month written YYYY-MM, found nothing (the field is required)');
    expect(both({ ...valid, horizon: '12' }).es).toBe('escenario no válido en bad.json, campo "horizon": se esperaba un número entero de meses de 1 a 36, se encontró "12"');
    expect(both({ ...valid, levers: { capacity: { value: 1, from: '2021-04', rampMonths: -1 } } }).en).toContain('expected a whole number of months from 0 to 24, found -1');
    expect(both({ ...valid, title: { en: '', es: 'x' } }).es).toBe('escenario no válido en bad.json, campo "title.en": se esperaba un texto no vacío, se encontró ""');
    expect(both(5).en).toMatch(/^invalid scenario in bad\.json: expected a scenario: a JSON object with "name", "title", "description" and "levers" .*, found 5$/);
    const cases: unknown[] = [untitled, { ...valid, description: undefined }, { ...valid, name: undefined }, { ...valid, levers: undefined }, { ...valid, levers: { enforcementSouth: 5 } }, { ...valid, levers: { familyAcceptance: 'x' } }, { ...valid, levers: { departures: { value: 1, from: '2021-04', groups: [] } } }, { ...valid, assumptions: { leaveRate: 'x' } }, { ...valid, calibration: 'x' }, null, []];
    for (const c of cases) {
      const { en, es } = both(c);
      expect(en).not.toMatch(/Invalid input|received|Too small|expected (object|number|string|array)\b/);
      expect(es).not.toMatch(/tipo no válido|demasiado pequeño|mensaje en inglés|detalle en inglés|Invalid|expected/);
    }
  });

  it('reports a malformed file with its name, and an unknown scenario name with the shipped ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "name": "x", ');
    expect(() => readScenarioFile(file)).toThrow(/malformed scenario file in broken\.json: expected a JSON object/);
    expect(() => resolveScenario('no-such-scenario')).toThrow(UsageError);
    expect(() => resolveScenario('no-such-scenario')).toThrow(/status-quo/);
  });

  it('refuses a calibration window with too few months of data', () => {
    const months = ['2019-01', '2019-02', '2019-03'];
    const grid = () => months.map(() => 1);
    const series: CorridorSeries = {
      months,
      encounters: Array.from({ length: 6 }, () => Array.from({ length: 3 }, grid)),
      expelled: Array.from({ length: 6 }, () => Array.from({ length: 3 }, grid)),
      mexicoApprehensions: grid(),
      mexicoApprehensionsSouth: grid(),
      mexicoApprehensionsByGroup: null,
      mexicoReturns: months.map(() => null),
      guardSouth: months.map(() => null),
      byState: Array.from({ length: 6 }, grid),
      sources: [],
      gaps: [],
    };
    expect(() => calibrate(series, { from: '2019-01', to: '2019-03', horizon: 3, draws: 10, seed: 1, assumptions: DEFAULT_ASSUMPTIONS })).toThrow(/has 3 month\(s\) of US encounters.*at least 6/);
    // With the whole store's months known, the error names them (not only the months loaded).
    const store = { ...series, storeMonths: { encounters: monthRange('2013-10', '2025-08'), crossed: monthRange('2019-10', '2025-08'), mexicoApprehensions: monthRange('2019-01', '2025-08') } };
    const refused = (() => {
      try {
        calibrate(store, { from: '2019-01', to: '2019-03', horizon: 3, draws: 10, seed: 1, assumptions: DEFAULT_ASSUMPTIONS });
      } catch (e) {
        return e as UsageError;
      }
      throw new Error('no error');
    })();
    expect(refused.message).toBe('the window 2019-01 to 2019-03 has 3 month(s) of US encounters by nationality and demographic: the model needs at least 6; the store has them in 2013-10 to 2025-08 (crossed by a table in 2019-10 to 2025-08; in the others, split from the totals by nationality and by demographic): choose a "calibration" window with at least 6 of those months');
    expect(refused.es).toBe('la ventana 2019-01 a 2019-03 tiene 3 mes(es) de encuentros en EE. UU. por nacionalidad y grupo demográfico: el modelo necesita al menos 6; el almacén los tiene en 2013-10 a 2025-08 (cruzados en una tabla en 2019-10 a 2025-08; en los demás, repartidos de los totales por nacionalidad y por grupo demográfico): elija una ventana de calibración ("calibration") con al menos 6 de esos meses');
    expect(refused.message).not.toContain('months loaded');
    expect(() => calibrate(series, { from: '2018-01', to: '2019-03', horizon: 3, draws: 10, seed: 1, assumptions: DEFAULT_ASSUMPTIONS })).toThrow(/outside the months loaded/);
  });
});
