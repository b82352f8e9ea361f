/**
 * Corrupted copies of the fixtures, under the mirror's file names: each must fail with
 * one InputError naming the file, row and column, and nothing is parsed.
 */
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../errors.js';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import { FILES } from './files.js';
import adapter from './index.js';

const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);

async function errorFor(id: string, edit: (lines: string[]) => string[]): Promise<InputError> {
  return inputErrorOf(parseWith(adapter, await corrupted(id, edit)));
}

describe('iom rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await errorFor(FILES.usa.id, replaceLine(1, '"demog"', '"demographic"'));
    expect(e.at).toEqual({ file: 'irreg_usa__derived.csv', row: 1, column: '7' });
    expect(e.expected).toBe('header "demog"');
    expect(e.found).toBe('"demographic"');
  });

  it('text in a number, a decimal, a negative count', async () => {
    const e = await errorFor(FILES.mexicoNat.id, replaceLine(3, ',6812', ',"6,8l2"'));
    expect(e.at).toEqual({ file: 'irreg_mexico_nat__derived.csv', row: 3, column: 'n' });
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"6,8l2"');
    expect((await errorFor(FILES.darienNat.id, replaceLine(2, ',7383', ',7383.5'))).at).toEqual({ file: 'irreg_darien_nat__derived.csv', row: 2, column: 'n' });
    expect((await errorFor(FILES.mexicoExp.id, replaceLine(4, ',184', ',-184'))).at).toEqual({ file: 'irreg_mexico_exp__derived.csv', row: 4, column: 'n' });
  });

  it('a duplicated row', async () => {
    const e = await errorFor(FILES.mexicoExp.id, (lines) => [...lines, lines[5]]);
    expect(e.at).toEqual({ file: 'irreg_mexico_exp__derived.csv', row: 11, column: 't' });
    expect(e.expected).toBe('one row per month, nationality and kind of return (this one is already at row 6)');
    expect(e.found).toBe('a second row for 2019-06, GTM, mx-return:assisted-return-children');
    const cbp = await errorFor(FILES.usa.id, (lines) => [...lines, lines[8]]);
    expect(cbp.at).toEqual({ file: 'irreg_usa__derived.csv', row: 22, column: 't' });
    // "UAC" and "UC / Single Minors" are one member: the same cell twice under both labels is a duplicate too.
    const uc = await errorFor(FILES.usa.id, (lines) => [...lines, lines[1].replace('"UC / Single Minors"', '"UAC"')]);
    expect(uc.found).toBe('a second row for 2019-09, USBP, US-SWB, T8, UC, ALL');
  });

  it('an empty file, and a header without rows', async () => {
    const empty = await errorFor(FILES.darienDmg.id, () => []);
    expect(empty.at).toEqual({ file: 'irreg_darien_dmg__derived.csv', row: 1, column: 't' });
    expect(empty.found).toBe('an empty file');
    const headerOnly = await errorFor(FILES.mexicoDmg.id, (lines) => lines.slice(0, 1));
    expect(headerOnly.at).toEqual({ file: 'irreg_mexico_dmg__derived.csv', row: 2, column: 't' });
  });

  it('an unknown nationality code, or a name in place of a code', async () => {
    const unknown = await errorFor(FILES.mexicoNat.id, replaceLine(2, '"GTM"', '"XYZ"'));
    expect(unknown.at).toEqual({ file: 'irreg_mexico_nat__derived.csv', row: 2, column: 'nat' });
    expect(unknown.found).toBe('"XYZ"');
    expect(unknown.expected).toContain('teach it in src/store/dimensions/aliases/');
    const name = await errorFor(FILES.darienNat.id, replaceLine(3, '"HTI"', '"Haiti"'));
    expect(name.at).toEqual({ file: 'irreg_darien_nat__derived.csv', row: 3, column: 'nat' });
    expect(name.expected).toBe('a nationality as an ISO 3166 alpha-3 code');
    const blank = await errorFor(FILES.usa.id, replaceLine(8, '"MEX"', ''));
    expect(blank.at).toEqual({ file: 'irreg_usa__derived.csv', row: 8, column: 'nat' });
  });

  it('a bad month, a yearly Darién row not written as January, a quarter that is not the month\'s', async () => {
    const month = await errorFor(FILES.mexicoDmg.id, replaceLine(2, '"2024-05"', '"2024-13"'));
    expect(month.at).toEqual({ file: 'irreg_mexico_dmg__derived.csv', row: 2, column: 't' });
    const yearly = await errorFor(FILES.darienNat.id, replaceLine(2, '"2016-01","2016-01"', '"2016-02","2016-01"'));
    expect(yearly.at).toEqual({ file: 'irreg_darien_nat__derived.csv', row: 2, column: 't' });
    expect(yearly.found).toBe('"2016-02"');
    const quarter = await errorFor(FILES.darienNat.id, replaceLine(7, '"2020-03","2020-01"', '"2020-03","2020-04"'));
    expect(quarter.at).toEqual({ file: 'irreg_darien_nat__derived.csv', row: 7, column: 'q' });
  });

  it('labels outside the closed lists', async () => {
    expect((await errorFor(FILES.mexicoExp.id, replaceLine(2, 'assisted return', 'voluntary return'))).at).toEqual({ file: 'irreg_mexico_exp__derived.csv', row: 2, column: 'type' });
    expect((await errorFor(FILES.mexicoDmg.id, replaceLine(3, '"18+"', '"adult"'))).at).toEqual({ file: 'irreg_mexico_dmg__derived.csv', row: 3, column: 'age' });
    // A name every JavaScript object has is not a label either.
    expect((await errorFor(FILES.mexicoDmg.id, replaceLine(3, '"female"', '"constructor"'))).at).toEqual({ file: 'irreg_mexico_dmg__derived.csv', row: 3, column: 'sex' });
    // Boys and girls are reported from 2023 only: a boy in 2022 is not a label of that year.
    const boys = await errorFor(FILES.darienDmg.id, replaceLine(2, '"men"', '"boys"'));
    expect(boys.at).toEqual({ file: 'irreg_darien_dmg__derived.csv', row: 2, column: 'demog' });
    expect((await errorFor(FILES.usa.id, replaceLine(9, '"Title 8"', '"Title 9"'))).at).toEqual({ file: 'irreg_usa__derived.csv', row: 9, column: 'authority' });
  });

  it('CBP: an area of the other component, a type the component and authority do not give, detail before October 2019', async () => {
    const area = await errorFor(FILES.usa.id, replaceLine(8, '"San Diego Field Office"', '"San Diego Sector"'));
    expect(area.at).toEqual({ file: 'irreg_usa__derived.csv', row: 8, column: 'area' });
    expect(area.expected).toContain('OFO field office');
    const type = await errorFor(FILES.usa.id, replaceLine(8, '"Expulsions"', '"Inadmissibles"'));
    expect(type.at).toEqual({ file: 'irreg_usa__derived.csv', row: 8, column: 'type' });
    const early = await errorFor(FILES.usa.id, replaceLine(2, ',,3165', ',"MEX",3165'));
    expect(early.at).toEqual({ file: 'irreg_usa__derived.csv', row: 2, column: 'nat' });
  });

  it('a second UPM row for a code other than the ones gdidata shares (GIN, FRA)', async () => {
    const e = await errorFor(FILES.mexicoNat.id, (lines) => [...lines, '"2019-08","GTM",5']);
    expect(e.at).toEqual({ file: 'irreg_mexico_nat__derived.csv', row: 10, column: 't' });
  });
});
