/**
 * The documented claim forms (docs/CLAIMS.md), in English and Spanish, and the pure
 * comparison rules behind the verdicts (rounding, incomplete periods, ties).
 */
import { describe, expect, it } from 'vitest';
import { relation } from '../../src/analysis/claims/compare.js';
import { parseClaim } from '../../src/analysis/claims/parse/claim.js';
import { judge } from '../../src/analysis/claims/quantity.js';
import { rankCheck } from '../../src/analysis/claims/rank.js';
import type { Point } from '../../src/analysis/claims/types.js';
import { combine } from '../../src/analysis/claims/verdict.js';

describe('claim forms', () => {
  it('rank: "the most in two decades", in English and Spanish', () => {
    for (const text of ['March 2021 had the most southwest border encounters in two decades', 'marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas']) {
      const c = parseClaim(text);
      expect(c.spec).toEqual({ type: 'rank', target: { kind: 'month', period: '2021-03-01' }, direction: 'max', window: { kind: 'years', years: 20, orMore: false } });
      expect(c.subject).toEqual({ measure: 'encounters', geography: 'US-SWB', filters: {}, definitions: ['cbp', 'usbp'] });
    }
    expect(parseClaim('March 2021 had the most southwest border encounters in two decades').lang).toBe('en');
    expect(parseClaim('marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas').lang).toBe('es');
  });

  it('rank: since a period, on record, fewest, over N years, a definition named', () => {
    expect(parseClaim('Border Patrol apprehensions in May 2019 were the highest since 2007').spec).toMatchObject({ direction: 'max', window: { kind: 'since', mention: { kind: 'year', year: 2007, yearType: 'either' } } });
    expect(parseClaim('Border Patrol apprehensions in May 2019 were the highest since 2007').subject.definitions).toEqual(['usbp']);
    expect(parseClaim('FY2022 had the most CBP encounters on record').spec).toMatchObject({ target: { kind: 'year', year: 2022, yearType: 'fy' }, window: { kind: 'record' } });
    expect(parseClaim('FY2022 had the most CBP encounters on record').subject.definitions).toEqual(['cbp']);
    expect(parseClaim('April 2017 had the fewest apprehensions at the southwest border in over 15 years').spec).toMatchObject({ direction: 'min', window: { kind: 'years', years: 15, orMore: true } });
    expect(parseClaim('abril de 2017 tuvo la cifra más baja de detenciones desde 1971').spec).toMatchObject({ direction: 'min', window: { kind: 'since', mention: { year: 1971 } } });
  });

  it('change: percent, multiples, bases, in both languages', () => {
    expect(parseClaim('Southwest border encounters fell 50% in February 2025 compared with January 2025').spec).toMatchObject({
      type: 'change', target: { period: '2025-02-01' }, base: { kind: 'period', mention: { period: '2025-01-01' } }, stated: { direction: 'down', percent: { value: 50 } },
    });
    expect(parseClaim('encounters doubled in March 2021 from a year earlier').spec).toMatchObject({ base: { kind: 'year-before' }, stated: { direction: 'up', percent: { value: 100 } } });
    expect(parseClaim('Los encuentros cayeron un 60% en febrero de 2025 respecto al mes anterior').spec).toMatchObject({ base: { kind: 'previous' }, stated: { direction: 'down', percent: { value: 60 } } });
    expect(parseClaim('Encounters rose 10% from January 2021 to February 2021').spec).toMatchObject({ target: { period: '2021-02-01' }, base: { kind: 'period', mention: { period: '2021-01-01' } } });
  });

  it('share and count', () => {
    expect(parseClaim('Hondurans were 20% of southwest border encounters in FY2021').spec).toMatchObject({ type: 'share', part: { dim: 'citizenship', code: 'HND' }, stated: { value: 20 } });
    expect(parseClaim('Los niños no acompañados fueron el 8.5% de los encuentros en la frontera suroeste en el año fiscal 2021').spec).toMatchObject({ type: 'share', part: { dim: 'demographic', code: 'UC' }, stated: { value: 8.5 } });
    expect(parseClaim('There were more than 2 million southwest border encounters in fiscal year 2022').spec).toMatchObject({ type: 'amount', stated: { value: 2_000_000, qualifier: 'more' } });
    expect(parseClaim('Hubo casi 2,4 millones de encuentros en la frontera suroeste en el año fiscal 2022').spec).toMatchObject({ type: 'amount', stated: { value: 2_400_000, qualifier: 'nearly', unit: 100_000 } });
    expect(parseClaim('March 2021 saw 173,277 encounters at the southwest border').spec).toMatchObject({ type: 'amount', stated: { value: 173_277, unit: 1 } });
  });

  it('reports what it assumed, and refuses what it cannot read', () => {
    expect(parseClaim('March 2021 had the most encounters in two decades').assumptions[0].en).toMatch(/southwest land border .* is assumed/);
    expect(() => parseClaim('March 2021 was a bad month for the weather')).toThrow(/could not tell what the claim counts/);
    expect(() => parseClaim('the most southwest border encounters in two decades')).toThrow(/no period found/);
    expect(() => parseClaim('March 2021 had southwest border encounters')).toThrow(/a rank, a change, a share or a count/);
  });
});

const pt = (period: string, value: number | null, over: Partial<Point> = {}): Point => ({
  period, grain: 'month', value, complete: true, parts: 1, expectedParts: 1, source: 's', dataset: 'd', vintage: 1, rounding: 1, cells: 1, ...over,
});

describe('comparison rules', () => {
  it('rounded figures closer than their rounding cannot be told apart', () => {
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 104))).toBe('close');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 106))).toBe('below');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 106, { rounding: 10 }))).toBe('close');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 111, { rounding: 10 }))).toBe('below');
    expect(relation(pt('2021-01-01', 100), pt('2021-02-01', 100))).toBe('equal');
  });
  it('an incomplete figure is a lower bound', () => {
    const partial = pt('2021-01-01', 100, { complete: false });
    expect(relation(partial, pt('2021-02-01', 90))).toBe('above');
    expect(relation(partial, pt('2021-02-01', 120))).toBe('unknown');
    expect(relation(pt('2021-02-01', 90), partial)).toBe('below');
  });
  it('a difference within rounding leaves the rank undetermined, never true', () => {
    const points = [pt('2021-01-01', 1000, { rounding: 10 }), pt('2021-02-01', 995)];
    expect(rankCheck(points, '2021-02-01', 'month', 'max', { kind: 'record' }).status).toBe('undetermined');
    expect(rankCheck([pt('2021-01-01', 900, { rounding: 10 }), pt('2021-02-01', 995)], '2021-02-01', 'month', 'max', { kind: 'record' }).status).toBe('true');
  });
  it('combines definitions: they decide when they can be checked, disagreement is partly true', () => {
    expect(combine(['true', 'undetermined'])).toBe('true');
    expect(combine(['true', 'false'])).toBe('partly true');
    expect(combine(['tied'])).toBe('partly true');
    expect(combine(['undetermined', 'undetermined'])).toBe('undetermined');
    expect(combine(['false', 'false'])).toBe('false');
  });
  it('judges stated counts by their qualifier and precision', () => {
    expect(judge(2_378_944, { value: 2_400_000, unit: 100_000, qualifier: 'exact', text: '' })).toBe('true');
    expect(judge(2_378_944, { value: 2_000_000, unit: 1_000_000, qualifier: 'exact', text: '' })).toBe('partly');
    expect(judge(2_378_944, { value: 2_400_000, unit: 100_000, qualifier: 'nearly', text: '' })).toBe('true');
    expect(judge(2_378_944, { value: 2_000_000, unit: 1_000_000, qualifier: 'less', text: '' })).toBe('false');
  });
});
