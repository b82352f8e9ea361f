/**
 * Claim forms and verdict arithmetic a QA pass found wrong: one subject compared between
 * two periods and changes with no size ("rose from 2019 to 2021"); shares divided by
 * another table's total; amounts that hid a second source's figure; days of a daily table
 * called months; `claim --period 2021` checked as January; fractions as shares, and
 * Spanish spans. Figures on the small store are added up here in SQL on its observations,
 * never through the query engine.
 */
import { runCommand } from '../cli/run-in-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeBetween, judgeChange, type ChangeResult } from '../../src/analysis/claims/change.js';
import { checkClaim } from '../../src/analysis/claims/check.js';
import type { ParsedClaim } from '../../src/analysis/claims/parse/claim.js';
import { fromToLabel } from '../../src/analysis/claims/periods.js';
import { shareOf, type ShareResult } from '../../src/analysis/claims/share.js';
import { computeStatements, statementGrain } from '../../src/analysis/claims/statements.js';
import type { Point } from '../../src/analysis/claims/types.js';
import { acrossSources } from '../../src/analysis/claims/verdict.js';
import { figure, partsLabel } from '../../src/analysis/claims/words.js';
import { registerClaim } from '../../src/cli/commands/claim.js';
import { rows, type Store } from '../../src/store/open.js';
import { claimsFormsStore } from './claims-forms-store.js';
import { claimParsers } from './claims-vocabulary.js';

const { parse, unreadable } = claimParsers();
const year = (y: number, yearType: 'fy' | 'cy' | 'either' = 'either') => ({ kind: 'year', year: y, yearType });
const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
  period, grain: 'month', value, complete: true, parts: 1, expectedParts: 1, source: 's', dataset: 's/t', vintage: 1, rounding: 1, cells: 1, ...extra,
});

describe('one subject in two periods, and changes with no size (defect 1)', () => {
  it('reads "more Hondurans in 2021 than in 2019" in English and Spanish as 2021 against 2019', () => {
    for (const text of ['Mexico apprehended more Hondurans in 2021 than in 2019', 'México detuvo a más hondureños en 2021 que en 2019']) {
      const c = parse(text);
      expect(c.spec).toEqual({ type: 'change', target: year(2021), base: { kind: 'period', mention: year(2019) }, stated: { direction: 'up', as: 'comparison' } });
      expect(c.subject).toMatchObject({ measure: 'mx-presentados', filters: { citizenship: 'HND' } });
    }
  });

  it('reads fewer / lower, "exceeded those of", "superaron a los de", and aligns a bare year with a fiscal one', () => {
    expect(parse('There were fewer southwest border encounters in FY2023 than in FY2022').spec).toMatchObject({ target: year(2023, 'fy'), base: { mention: year(2022, 'fy') }, stated: { direction: 'down', as: 'comparison' } });
    expect(parse('Southwest border encounters in 2021 exceeded those of 2019').spec).toMatchObject({ target: year(2021), base: { mention: year(2019) }, stated: { direction: 'up' } });
    expect(parse('Los encuentros en la frontera suroeste de 2021 superaron a los de 2019').spec).toMatchObject({ target: year(2021), base: { mention: year(2019) }, stated: { direction: 'up' } });
    expect(parse('Las detenciones en México fueron menores en 2020 que en 2019').spec).toMatchObject({ type: 'change', target: year(2020), stated: { direction: 'down' } });
    expect(parse('Southwest border encounters were higher in 2021 than in FY2019').spec).toMatchObject({ target: year(2021, 'fy'), base: { mention: year(2019, 'fy') } });
    expect(parse('Southwest border encounters were higher in March 2021 than in March 2019').spec).toMatchObject({ target: { kind: 'month', period: '2021-03-01' }, base: { mention: { period: '2019-03-01' } } });
  });

  it('a month against a year is unreadable with what to write; "than in any month of 2018" stays a rank', () => {
    expect(unreadable('Mexico apprehended more Hondurans in March 2021 than in 2019').missing.en).toMatch(/compares a month with a year: name two months .* or two years/);
    expect(parse('Encounters in March 2021 were higher than in any month of 2018').spec).toMatchObject({ type: 'rank', window: { kind: 'within' } });
    expect(parse('Guatemalans outnumbered Hondurans at the southwest border in FY2019').spec.type).toBe('compare');
  });

  it('reads rose / fell / increased / decreased and subió / bajó / aumentó / disminuyó / cayó with no size as a direction', () => {
    const cases: [string, 'up' | 'down'][] = [
      ['Apprehensions in Mexico rose from 2019 to 2021', 'up'],
      ['Southwest border encounters rose from 2019 to 2021', 'up'],
      ['Southwest border encounters increased from FY2020 to FY2021', 'up'],
      ['Apprehensions in Mexico fell from 2019 to 2020', 'down'],
      ['Southwest border encounters decreased from 2019 to 2020', 'down'],
      ['El número de detenciones en México subió de 2019 a 2021', 'up'],
      ['El número de detenciones en México aumentó de 2019 a 2021', 'up'],
      ['El número de detenciones en México bajó de 2019 a 2020', 'down'],
      ['El número de detenciones en México disminuyó de 2019 a 2020', 'down'],
      ['El número de detenciones en México cayó de 2019 a 2020', 'down'],
    ];
    for (const [text, direction] of cases) {
      const c = parse(text);
      expect(c.spec, text).toMatchObject({ type: 'change', base: { kind: 'period' }, stated: { direction } });
      expect((c.spec as Extract<ParsedClaim['spec'], { type: 'change' }>).stated.percent, text).toBeUndefined();
    }
    const alone = parse('Southwest border encounters rose in March 2021');
    expect(alone.spec).toMatchObject({ type: 'change', base: { kind: 'previous' }, stated: { direction: 'up' } });
    expect(alone.assumptions.map((a) => a.en)).toContain('No comparison period is named: the period before is used.');
    // A number stays a count; a percentage stays a sized change.
    expect(parse('Southwest border encounters rose to 200,000 in March 2021').spec.type).toBe('amount');
    expect(parse('Southwest border encounters rose 20% from February 2021 to March 2021').spec).toMatchObject({ stated: { percent: { value: 20 } } });
  });
});

describe('fractions as shares (defect 6)', () => {
  it('"a quarter of", "a third of", "half of", "la cuarta parte de", "casi dos tercios de" are shares; "the first half of" is not', () => {
    const cases: [string, number, string][] = [
      ['Hondurans were a quarter of southwest border encounters in March 2021', 25, 'about'],
      ['Hondurans were a third of southwest border encounters in March 2021', 33.3, 'about'],
      ['Hondurans made up half of southwest border encounters in March 2021', 50, 'about'],
      ['Hondurans made up more than half of southwest border encounters in March 2021', 50, 'more'],
      ['Hondurans were less than a third of southwest border encounters in March 2021', 33.3, 'less'],
      ['Los hondureños fueron la cuarta parte de los encuentros en la frontera suroeste en marzo de 2021', 25, 'about'],
      ['Los hondureños fueron la tercera parte de los encuentros en la frontera suroeste en marzo de 2021', 33.3, 'about'],
      ['Los hondureños fueron casi dos tercios de los encuentros en la frontera suroeste en marzo de 2021', 66.7, 'nearly'],
      ['Los hondureños fueron más de la mitad de los encuentros en la frontera suroeste en marzo de 2021', 50, 'more'],
    ];
    for (const [text, value, qualifier] of cases) expect(parse(text).spec, text).toMatchObject({ type: 'share', part: { code: 'HND' }, stated: { value, qualifier } });
    expect(parse('Guatemalans outnumbered Hondurans at the southwest border in the first half of 2021').spec.type).not.toBe('share');
  });
});

describe('verdict arithmetic', () => {
  it('a direction is judged beyond rounding; an incomplete figure above a complete one proves a rise', () => {
    const up = { direction: 'up' as const };
    expect(judgeChange(changeBetween(pt('2021', 120), pt('2019', 100)), up).status).toBe('true');
    expect(judgeChange(changeBetween(pt('2021', 120), pt('2019', 100)), { direction: 'down' }).status).toBe('false');
    expect(judgeChange(changeBetween(pt('2021', 100), pt('2019', 100)), up).status).toBe('false');
    expect(judgeChange(changeBetween(pt('2021', 120, { complete: false, parts: 7, expectedParts: 12 }), pt('2019', 100)), up).status).toBe('true');
    expect(judgeChange(changeBetween(pt('2021', 90, { complete: false, parts: 7, expectedParts: 12 }), pt('2019', 100)), up)).toMatchObject({ status: 'undetermined', reason: 'incomplete' });
    expect(judgeChange(changeBetween(pt('2021', 1000, { rounding: 10 }), pt('2019', 995, { rounding: 10 })), up)).toMatchObject({ status: 'undetermined', reason: 'close' });
  });

  it('a share divides by its own table\'s total, not the store\'s default; another table\'s total that disagrees hedges the verdict', () => {
    const more60 = { value: 60, unit: 1, qualifier: 'more' as const, text: 'more than 60%' };
    const part = pt('2021-03', 10_019, { source: 'iom', dataset: 'iom/by-nationality' });
    const own = pt('2021-03', 18_447, { source: 'iom', dataset: 'iom/by-nationality' });
    const official = pt('2021-03', 15_933, { source: 'upm', dataset: 'upm/by-state' });
    const same = shareOf(part, [official, own], more60);
    expect([same.total, same.totalFrom, same.status]).toEqual([own, 'table', 'false']);
    expect(same.percent).toBeCloseTo((10_019 / 18_447) * 100, 10);
    expect(same.otherTotals?.map((o) => [o.total.value, o.status])).toEqual([[15_933, 'true']]);
    const alone = pt('2021-01', 6_000, { source: 'hnd', dataset: 'hnd/only' });
    const mixed = shareOf(alone, [pt('2021-01', 9_548, { source: 'upm', dataset: 'upm/by-state' }), pt('2021-01', 11_500, { source: 'x', dataset: 'x/t' })], more60);
    expect([mixed.totalFrom, mixed.status]).toEqual(['other', 'undetermined']);
    const agree = shareOf(alone, [pt('2021-01', 9_548, { source: 'upm', dataset: 'upm/by-state' }), pt('2021-01', 9_500, { source: 'x', dataset: 'x/t' })], more60);
    expect([agree.totalFrom, agree.status]).toEqual(['other', 'true']);
  });

  it('sources that disagree: the same verdict stands, true against false cannot be settled, anything else is partly true', () => {
    expect(acrossSources('false', ['false'])).toBe('false');
    expect(acrossSources('false', ['true'])).toBe('undetermined');
    expect(acrossSources('true', ['partly'])).toBe('partly');
    expect(acrossSources('true', ['undetermined'])).toBe('true');
    expect(acrossSources('undetermined', ['true'])).toBe('undetermined');
  });

  it('the parts of an incomplete period are days when its table is daily, months when a year is summed from months (defect 4)', () => {
    expect(partsLabel({ parts: 29, expectedParts: 31 }, 'en')).toBe('29 of 31 days');
    expect(partsLabel({ parts: 359, expectedParts: 365 }, 'es')).toBe('359 de 365 días');
    expect(partsLabel({ parts: 7, expectedParts: 12 }, 'en')).toBe('7 of 12 months');
    expect(partsLabel({ parts: 7, expectedParts: 12 }, 'es')).toBe('7 de 12 meses');
    expect(figure(pt('2025-01-01', 3_616, { complete: false, parts: 29, expectedParts: 31 }), 'en')).toMatch(/incomplete: 29 of 31 days\)$/);
  });

  it('a span in running text reads "de ... a ..." in Spanish (defect 6)', () => {
    expect(fromToLabel('2024-01-01', '2026-01-01', 'cy', 'es')).toBe('de año calendario 2024 a año calendario 2026');
    expect(fromToLabel('2024-01-01', '2026-01-01', 'cy', 'en')).toBe('from calendar year 2024 to calendar year 2026');
  });

  it('a period of statements implies its grain; a year asked as a month is an error that says what to type (defect 5)', () => {
    expect(statementGrain('2021')).toBe('cy');
    expect(statementGrain('FY2021')).toBe('fy');
    expect(statementGrain('2021-03')).toBe('month');
    expect(statementGrain('2021', 'fy')).toBe('fy');
    expect(() => statementGrain('2021', 'month')).toThrow(/2021 is a year, not a month: give a month \(2021-03\), or leave out --grain month \(or give --grain cy\)/);
    expect(() => statementGrain('FY2021', 'cy')).toThrow(/FY2021 is a fiscal year, not a calendar year: give --grain fy, or --period 2021/);
  });
});

describe('on a small store with two sources that disagree', () => {
  let store: Store;
  beforeAll(async () => {
    store = await claimsFormsStore();
  });
  afterAll(() => store.close());
  const sum = async (dataset: string, first: string, last: string, where = '') =>
    Number((await rows<{ v: number }>(store.conn, `SELECT sum(value) AS v FROM observations WHERE dataset_id = ? AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) ${where}`, [dataset, first, last]))[0].v);
  const official = (p: string) => sum('toy-official/presentados', p, p);
  const compiled = (p: string, where = '') => sum('toy-compiled/presentados-by-nationality', p, p, where);

  it('an amount the sources disagree on says both figures and cannot be settled (defect 3)', async () => {
    const [a, b] = [await official('2021-04-01'), await compiled('2021-04-01')];
    expect(a).toBeLessThan(20_000);
    expect(b).toBeGreaterThan(20_000);
    const r = await checkClaim(store.conn, 'In April 2021 Mexico apprehended more than 20,000 foreigners');
    expect(r.type).toBe('amount');
    expect(r.verdict).toBe('undetermined');
    expect(r.checks[0].otherSources?.map((o) => [o.source, o.points[0].value, o.status])).toEqual([['toy-compiled', b, 'true']]);
    expect(r.summary.en).toContain(`${a.toLocaleString('en-US')} (claimed more than 20,000); toy-compiled: April 2021: ${b.toLocaleString('en-US')} — the sources disagree`);
    expect(r.checks[0].explanation.en).toMatch(/by that source the claim is true\. .*It is true by one source and false by another: which is right cannot be settled from the store\./);
    expect(r.summary.es).toMatch(/^No se puede comprobar: .*las fuentes no coinciden/);
    // When every source gives the same verdict it stands, and the other figure is still said.
    const agreed = await checkClaim(store.conn, 'In April 2021 Mexico apprehended more than 15,000 foreigners');
    expect(agreed.verdict).toBe('true');
    expect(agreed.checks[0].explanation.en).toContain(`toy-compiled (toy-compiled/presentados-by-nationality, vintage 2): April 2021: ${b.toLocaleString('en-US')}`);
    expect(agreed.checks[0].explanation.en).toContain('By every source the claim is true.');
  });

  it('a change the sources disagree on cannot be settled', async () => {
    const percent = (t: number, b: number) => ((t - b) / b) * 100;
    expect(percent(await official('2021-04-01'), await official('2021-03-01'))).toBeLessThan(18);
    expect(percent(await compiled('2021-04-01'), await compiled('2021-03-01'))).toBeGreaterThan(22);
    const r = await checkClaim(store.conn, 'Apprehensions in Mexico rose by more than 20% from March 2021 to April 2021');
    expect([r.type, r.verdict, r.checks[0].otherSources?.[0].status]).toEqual(['change', 'undetermined', 'true']);
  });

  it('a share divides by the total of the part\'s own table (defect 2)', async () => {
    const [hnd, total, other] = [await compiled('2021-03-01', "AND citizenship = 'HND'"), await compiled('2021-03-01'), await official('2021-03-01')];
    expect((hnd / other) * 100).toBeGreaterThan(60); // what the checker used to say
    const r = await checkClaim(store.conn, "Hondurans made up more than 60% of Mexico's apprehensions in March 2021");
    const s = r.checks[0].result as ShareResult;
    expect([s.part?.value, s.total?.value, s.total?.dataset, s.totalFrom]).toEqual([hnd, total, 'toy-compiled/presentados-by-nationality', 'table']);
    expect(s.percent).toBeCloseTo((hnd / total) * 100, 10);
    expect(r.verdict).toBe('false');
    expect(r.checks[0].explanation.en).toMatch(/The total is that of the same table as the part\. Other tables give another total for the period, not used: toy-official, .*: 15,933 \(62\.9%; by that total the claim is true\)/);
  });

  it('a share over another table\'s total, when the part\'s table has none and the totals disagree, is hedged and says so (defect 2)', async () => {
    const r = await checkClaim(store.conn, "Hondurans made up more than 60% of Mexico's apprehensions in January 2021");
    const s = r.checks[0].result as ShareResult;
    expect(s.totalFrom).toBe('other');
    expect(s.otherTotals?.map((o) => o.total.value)).toEqual([await sum('toy-other/presentados', '2021-01-01', '2021-01-01')]);
    expect(r.verdict).toBe('undetermined');
    expect(r.summary.en).toMatch(/the tables' totals disagree/);
    expect(r.checks[0].explanation.es).toMatch(/la tabla de la parte no tiene el total\. Los totales de las tablas no coinciden/);
  });

  it('one subject in two months, and a direction alone, are checked on the figures (defect 1)', async () => {
    const more = await checkClaim(store.conn, 'Mexico apprehended more Hondurans in April 2021 than in March 2021');
    const c = more.checks[0].result as ChangeResult;
    expect([c.target?.value, c.base?.value, more.verdict]).toEqual([await compiled('2021-04-01', "AND citizenship = 'HND'"), await compiled('2021-03-01', "AND citizenship = 'HND'"), 'true']);
    expect(more.checks[0].explanation.en).toContain('Claimed: more in April 2021 than in March 2021.');
    const es = await checkClaim(store.conn, 'México detuvo a menos hondureños en abril de 2021 que en marzo de 2021', 'es');
    expect(es.verdict).toBe('false');
    expect(es.checks[0].explanation.es).toContain('Se afirma: menos en abril de 2021 que en marzo de 2021.');
    const fell = await checkClaim(store.conn, 'Apprehensions in Mexico fell from January 2021 to March 2021');
    expect([fell.type, fell.verdict]).toEqual(['change', 'false']);
    expect(fell.checks[0].explanation.en).toContain('Claimed: a fall.');
  });

  it('days of a daily table are called days, in both languages (defect 4)', async () => {
    const [{ n }] = await rows<{ n: number }>(store.conn, `SELECT count(DISTINCT period) AS n FROM observations WHERE dataset_id = 'toy-daily/returns' AND period BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'`);
    const month = await checkClaim(store.conn, 'Mexico returned more than 2,000 people in January 2025');
    expect(month.checks[0].explanation.en).toContain(`incomplete: ${n} of 31 days`);
    expect(month.checks[0].explanation.es).toContain(`incompleto: ${n} de 31 días`);
    const year = await checkClaim(store.conn, 'Mexico returned more than 2,000 people in 2025');
    expect(year.checks[0].explanation.en).toContain(`incomplete: ${n} of 365 days`);
    const rank = await checkClaim(store.conn, 'Mexico returned the most people on record in January 2025');
    expect(rank.checks[0].explanation.en).toContain(`the period is incomplete (${n} of 31 days)`);
    expect(rank.checks[0].explanation.es).toContain(`el periodo está incompleto (${n} de 31 días)`);
    const s = await computeStatements(store.conn, { measure: 'inm-returns', period: '2025-01' });
    expect(s.caveats.map((c) => c.en)).toContain(`January 2025 is incomplete (${n} of 31 days): it is not ranked against complete periods.`);
  });

  it('says where the figures run "de ... a ..." in Spanish (defect 6)', async () => {
    const r = await checkClaim(store.conn, 'Mexico returned more than 100 people in 2010', 'es');
    expect(r.summary.es).toMatch(/sus cifras van de año calendario 2024 a año calendario 2025\.$/);
  });

  it('statements: the share of a nationality over its own table\'s total, and a bare year is the calendar year (defects 2, 5)', async () => {
    const s = await computeStatements(store.conn, { measure: 'mx-presentados', where: ['citizenship=HND'], period: '2021-03' });
    const share = s.statements.find((x) => x.kind === 'share')!;
    const hnd = await compiled('2021-03-01', "AND citizenship = 'HND'");
    const total = await compiled('2021-03-01');
    expect(share.text.en).toContain(`It is ${((hnd / total) * 100).toFixed(1)}% of the total without the filter citizenship=HND (March 2021: ${total.toLocaleString('en-US')} (toy-compiled`);
    expect(share.text.en).toMatch(/Other tables give another total: March 2021: 15,933 \(toy-official.*\), against which it would be 62\.9%\./);
    const year = await computeStatements(store.conn, { measure: 'mx-presentados', period: '2021' });
    expect([year.grain, year.period, year.heading.en]).toEqual(['cy', '2021-01-01', 'mx-presentados  — calendar year 2021']);
  });

  it('the claim command: --period 2021 with no --grain is the calendar year, FY2021 the fiscal year, and --grain month with a year is an error', async () => {
    const corridor = (...args: string[]) => runCommand(store.path, [registerClaim], ...args);
    store.close();
    try {
      expect(await corridor('claim', '--measure', 'mx-presentados', '--period', '2021')).toMatch(/^mx-presentados {2}— calendar year 2021\n/);
      expect(await corridor('claim', '--measure', 'mx-presentados', '--period', 'FY2021')).toMatch(/^mx-presentados {2}— FY2021\n/);
      await expect(corridor('claim', '--measure', 'mx-presentados', '--period', '2021', '--grain', 'month')).rejects.toThrow(/2021 is a year, not a month/);
    } finally {
      store = await (await import('../../src/store/open.js')).openStore(store.path);
    }
  });
});
