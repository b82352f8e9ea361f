import { describe, expect, it } from 'vitest';
import { columnLabel } from '../charts/describe';
import { allCorrections, correctionText } from '../corrections';
import { bandCut, chartTop, faultyLevers, pathTable, sourcesRead, stateTotals, statesTable } from './scenarios';
import { faultOf, parseLevers, type LeverDef } from './scenarios-levers';

const band = (median: number, upper95: number) => ({ median, lower80: median * 0.7, upper80: median * 1.3, lower95: median * 0.5, upper95 });
// seed-2021-04's encounters path as the API answered on 7 December 2026 (medians, upper 95% ends, actuals).
const points = [
  ['2021-04', 142440.3615, 192322, 178795],
  ['2021-05', 138752, 221078, 180597],
  ['2021-09', 155600, 359921, 192001],
  ['2021-10', 150714, 440667, 164837],
  ['2021-11', 151521, 572831, 174845],
  ['2021-12', 149532, 598503, 179253],
  ['2022-03', 156004, 885884, 222574],
].map(([month, median, upper95, actual]) => ({ month: String(month), scenario: band(Number(median), Number(upper95)), baseline: band(Number(median), Number(upper95)), actual: Number(actual) }));

describe("the scenario chart's 95% band", () => {
  it('is cut at twice the largest path, and the months cut and the highest end are named', () => {
    const top = chartTop(points);
    expect(top).toBe(2 * 222574);
    expect(bandCut(points, top)).toEqual({ months: ['2021-11', '2021-12', '2022-03'], max: 885884, at: '2022-03' });
    expect(bandCut(points, 1e9)).toBeNull();
  });

  it('keeps a path without actuals (null) drawable', () => {
    expect(chartTop(points.map((p) => ({ ...p, actual: null })))).toBe(2 * 156004);
  });
});

describe("the Scenarios page's tables", () => {
  const states = [{ state: 'MX-28', label: 'Tamaulipas', months: [{ month: '2021-04', intoMexico: band(1234.56, 2000), nonMexicans: band(10.4, 20), waiting: band(99.5, 150), baselineIntoMexico: band(1000.2, 1500), baselineWaiting: band(80.8, 100) }] }];

  it('give whole people, and a missing actual stays missing', () => {
    const table = pathTable([...points, { ...points[0], month: '2022-04', actual: null as unknown as number }]);
    expect(table.rows[0]).toEqual(['2021-04', 142440, 99708, 185172, 71220, 192322, 142440, 178795]);
    expect(table.rows.at(-1)!.at(-1)).toBeNull();
    expect(statesTable(states).rows[0]).toEqual(['MX-28', 'Tamaulipas', '2021-04', 1235, 864, 1605, 10, 100, 1000, 81]);
  });

  it('name every column in Spanish (the CSV keeps the machine names)', () => {
    for (const c of [...pathTable(points).columns, ...statesTable(states).columns]) {
      expect(columnLabel(c, 'es'), c).not.toBe(c.replace(/_/g, ' '));
    }
    expect(columnLabel('scenario_median', 'es')).toBe('escenario, mediana');
    expect(columnLabel('actual', 'es')).toBe('lo que ocurrió');
  });
});

describe("the scenario's sources", () => {
  it('are the vintages the API names, else the sources of the datasets it lists', () => {
    expect(sourcesRead({ sources: [{ series: 'x', sources: ['cbp-sbo/sw-monthly'], vintages: [{ source: 'cbp-sbo', vintage: 1 }] }] })).toEqual([{ source: 'cbp-sbo', vintage: 1 }]);
    expect(sourcesRead({ sources: [{ series: 'x', sources: ['upm-boletin/presentados-by-state'] }] })).toEqual([{ source: 'upm-boletin' }]);
    expect(sourcesRead({})).toEqual([]);
  });
});

describe('a refused lever', () => {
  const defs: LeverDef[] = [{ id: 'enforcementSouth', kind: 'multiplier', min: 0.5, max: 3, step: 0.05, label: 'South', definition: '' }];
  it('is marked on the input the message names: a bad ramp marks the ramp, not the value', () => {
    const asked = { enforcementSouth: { value: 2, from: '2021-04', rampMonths: 999 } };
    const message = 'invalid scenario in levers, field "levers.enforcementSouth.rampMonths": expected a whole number of months from 0 to 24, found 999';
    expect(faultyLevers(defs, asked, message).get('enforcementSouth')).toBe('ramp');
    expect(faultOf('enforcementSouth', 'levers.enforcementSouth.from')).toBe('month');
    expect(faultOf('enforcementSouth', 'levers.enforcementSouth.to')).toBe('to');
    expect(faultOf('enforcementSouth', 'levers.enforcementSouth')).toBe('value');
    expect(faultOf('enforcementSouth', 'levers.enforcementSouthern.value')).toBeNull();
    expect(faultyLevers(defs, { enforcementSouth: { value: 9, from: '2021-04' } }, '').get('enforcementSouth')).toBe('value');
  });

  it('with an end month or a ramp that cannot be read refuses the list, rather than dropping them unsaid', () => {
    expect(parseLevers('enforcementSouth:2:2021-04::abc')).toBeNull();
    expect(parseLevers('enforcementSouth:2:2021-04:2021-13')).toBeNull();
    expect(parseLevers('enforcementSouth::2021-04')).toBeNull();
    expect(parseLevers('enforcementSouth:2:2021-04:2021-09:3')).toEqual({ enforcementSouth: { value: 2, from: '2021-04', to: '2021-09', rampMonths: 3 } });
  });
});

describe('a link the page could not show as asked', () => {
  it('is said in the page language, with what is shown instead', () => {
    expect(correctionText({ param: 'scenario', asked: 'nope', shown: '«Sin cambios»' }, 'es')).toBe('Este enlace pide el escenario «nope», que no se conoce aquí: se muestra «Sin cambios».');
    expect(correctionText({ param: 'levers', name: 'lever', asked: 'bogus:2:2021-04', shown: 'the other levers, without it' }, 'en')).toBe('This link asks for the lever "bogus:2:2021-04", which is not known here: showing the other levers, without it.');
  });

  it("includes a parameter the URL's checks refused, unless the page said it", () => {
    expect(allCorrections([], { levers: 'zzz' })).toEqual([{ param: 'levers', asked: 'zzz', shown: '' }]);
    expect(correctionText(allCorrections([], { levers: 'zzz' })[0], 'en')).toContain('showing the default');
    expect(allCorrections([{ param: 'levers', asked: 'zzz', shown: 'x', value: '' }], { levers: 'zzz' })).toHaveLength(1);
  });
});

describe("the border-state map's totals", () => {
  // seed-2021-04 as the API answered on 7 December 2026: Tamaulipas's monthly medians sum to 449,094,
  // while the difference table gives the median of its total, 454,167 (baseline 460,426).
  const months = ['2021-04', '2021-05'].map((month, i) => ({ month, intoMexico: band(i ? 224094 : 225000, 0), nonMexicans: band(0, 0), waiting: band(i ? 146685 : 124549, 0), baselineIntoMexico: band(i ? 227713 : 227000, 0), baselineWaiting: band(0, 0) }));
  const run = {
    states: [{ state: 'MX-28', label: 'Tamaulipas', months }],
    differences: [{ id: 'into-MX-28', label: 'Sent back into Tamaulipas', scenario: 454167, baseline: 460426, difference: -6259, percent: -0.0136 }],
  };

  it("are the difference table's figures, so the map and the table give one number for a state", () => {
    expect(stateTotals(run).get('MX-28')).toEqual({ label: 'Tamaulipas', scenario: 454167, baseline: 460426, waiting: 146685 });
  });

  it('fall back to the sum of the monthly medians for a run without the row', () => {
    expect(stateTotals({ ...run, differences: [] }).get('MX-28')).toMatchObject({ scenario: 449094, baseline: 454713 });
  });
});
