/**
 * The claim forms and verdicts a QA pass found wrong (test/analysis/claims-forms.test.ts
 * has them on a small store), on the real mirror, against figures added up here in SQL
 * straight from the publishers' tables (never through the query engine): IOM's compilation
 * of UPM by nationality, UPM's bulletin by state, INM's daily files.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeResult } from '../../src/analysis/claims/change.js';
import { checkClaim } from '../../src/analysis/claims/check.js';
import type { ShareResult } from '../../src/analysis/claims/share.js';
import { computeStatements } from '../../src/analysis/claims/statements.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

const IOM = 'iom/upm-presentados-by-nationality';
const UPM = 'upm-boletin/presentados-by-state';
const n = (v: number) => v.toLocaleString('en-US');

describeMirror('claim forms and verdicts on the mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());

  /** A table's sum over a span of periods (every row of the table is one cell of its breakdown). */
  const sum = async (dataset: string, first: string, last: string, where = '') =>
    Number((await rows<{ v: number }>(store.conn, `SELECT sum(value) AS v FROM observations WHERE dataset_id = ? AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) ${where}`, [dataset, first, last]))[0].v);
  const days = async (dataset: string, first: string, last: string) =>
    Number((await rows<{ n: number }>(store.conn, `SELECT count(DISTINCT period) AS n FROM observations WHERE dataset_id = ? AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, [dataset, first, last]))[0].n);
  const HND = "AND citizenship = 'HND'";

  it('"Mexico apprehended more Hondurans in 2021 than in 2019", in English and Spanish: true, 2021 against 2019 from IOM\'s table', async () => {
    const [y2021, y2019] = [await sum(IOM, '2021-01-01', '2021-12-01', HND), await sum(IOM, '2019-01-01', '2019-12-01', HND)];
    expect([y2021, y2019]).toEqual([128_054, 78_232]);
    for (const [text, lang] of [['Mexico apprehended more Hondurans in 2021 than in 2019', 'en'], ['México detuvo a más hondureños en 2021 que en 2019', 'es']] as const) {
      const r = await checkClaim(store.conn, text, lang);
      const c = r.checks[0].result as ChangeResult;
      expect([r.type, r.verdict, c.target?.value, c.base?.value], text).toEqual(['change', 'true', y2021, y2019]);
    }
  });

  it('a change with no size is checked on its direction: apprehensions in Mexico and southwest border encounters rose from 2019 to 2021', async () => {
    const mx = await checkClaim(store.conn, 'Apprehensions in Mexico rose from 2019 to 2021');
    const c = mx.checks[0].result as ChangeResult;
    // 2019 from UPM's bulletin (complete), 2021 from IOM's table (the bulletin stops in July 2021).
    expect([c.base?.value, c.target?.value]).toEqual([await sum(UPM, '2019-01-01', '2019-12-01'), await sum(IOM, '2021-01-01', '2021-12-01')]);
    expect([mx.verdict, c.mixed]).toEqual(['true', true]);
    expect(mx.checks[0].explanation.en).toContain('The two figures come from different tables. Claimed: a rise.');
    const swb = await checkClaim(store.conn, 'Southwest border encounters rose from 2019 to 2021');
    expect([swb.type, swb.verdict, swb.checks.map((x) => x.grain)]).toEqual(['change', 'true', ['fy', 'cy']]);
    const es = await checkClaim(store.conn, 'Las detenciones en México disminuyeron de 2019 a 2020', 'es');
    expect(es.verdict).toBe((await sum(IOM, '2020-01-01', '2020-12-01')) < (await sum(UPM, '2019-01-01', '2019-12-01')) ? 'true' : 'false');
  });

  it('"Hondurans made up more than 60% of Mexico\'s apprehensions in March 2021" divides by IOM\'s own total: false', async () => {
    const [hnd, iom, upm] = [await sum(IOM, '2021-03-01', '2021-03-01', HND), await sum(IOM, '2021-03-01', '2021-03-01'), await sum(UPM, '2021-03-01', '2021-03-01')];
    expect([hnd, iom, upm]).toEqual([10_019, 18_447, 15_933]);
    const r = await checkClaim(store.conn, "Hondurans made up more than 60% of Mexico's apprehensions in March 2021");
    const s = r.checks[0].result as ShareResult;
    expect([s.total?.dataset, s.total?.value, s.totalFrom, r.verdict]).toEqual([IOM, iom, 'table', 'false']);
    expect(s.percent).toBeCloseTo((hnd / iom) * 100, 10);
    expect(r.checks[0].explanation.en).toContain(`upm-boletin, ${UPM}, vintage`);
    const quarter = await checkClaim(store.conn, 'Los hondureños fueron la cuarta parte de las detenciones en México en marzo de 2021');
    expect([quarter.type, quarter.verdict]).toEqual(['share', 'false']);
    const statements = await computeStatements(store.conn, { measure: 'mx-presentados', where: ['citizenship=HND'], period: '2021-03' });
    expect(statements.statements.find((x) => x.kind === 'share')!.text.en).toContain(`It is ${((hnd / iom) * 100).toFixed(1)}% of the total without the filter citizenship=HND (March 2021: ${n(iom)} (iom, ${IOM}`);
  });

  it('"In April 2021 Mexico apprehended more than 20,000 foreigners": UPM has 18,701, IOM 22,841; both said, and it cannot be settled', async () => {
    const [upm, iom] = [await sum(UPM, '2021-04-01', '2021-04-01'), await sum(IOM, '2021-04-01', '2021-04-01')];
    expect([upm, iom]).toEqual([18_701, 22_841]);
    const r = await checkClaim(store.conn, 'In April 2021 Mexico apprehended more than 20,000 foreigners');
    expect(r.verdict).toBe('undetermined');
    expect(r.summary.en).toContain(`${n(upm)} (claimed more than 20,000); iom: April 2021: ${n(iom)} — the sources disagree`);
    expect(r.checks[0].otherSources?.map((o) => [o.source, o.points[0].value, o.status])).toEqual([['iom', iom, 'true']]);
    expect(r.sources.map((s) => s.dataset).sort()).toEqual([IOM, UPM]);
  });

  it('the parts of INM\'s daily tables are days', async () => {
    const returns = await days('inm-ianami/returns', '2025-01-01', '2025-12-31');
    const r = await checkClaim(store.conn, 'Mexico returned more than 10,000 people in 2025');
    expect(r.checks[0].explanation.en).toContain(`incomplete: ${returns} of 365 days`);
    const received = await days('inm-ianami/foreigners-received', '2025-01-01', '2025-01-31');
    const es = await checkClaim(store.conn, 'Mexico received more than 3,000 non-Mexicans from the US in January 2025', 'es');
    expect(es.checks[0].explanation.es).toContain(`incompleto: ${received} de 31 días`);
  });

  it('statements for --period 2021 are about the calendar year, FY2021 the fiscal year, never a month', async () => {
    const cy = await computeStatements(store.conn, { measure: 'mx-presentados', where: ['citizenship=HND'], period: '2021' });
    expect([cy.grain, cy.statements[0].evidence[0].value]).toEqual(['cy', await sum(IOM, '2021-01-01', '2021-12-01', HND)]);
    const fy = await computeStatements(store.conn, { measure: 'mx-presentados', where: ['citizenship=HND'], period: 'FY2021' });
    expect([fy.grain, fy.statements[0].evidence[0].value]).toEqual(['fy', await sum(IOM, '2020-10-01', '2021-09-01', HND)]);
  });
});
