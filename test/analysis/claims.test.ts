/**
 * The claim engine against figures recomputed here in plain SQL on the toy store's
 * observations (never through the query planner): ranks with a tie, a gap and a
 * suppressed cell, a verdict that differs between definitions, fiscal against calendar
 * years, changes, shares and counts, in English and Spanish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim, type ClaimCheck } from '../../src/analysis/claims/check.js';
import type { RankResult } from '../../src/analysis/claims/rank.js';
import type { ChangeResult } from '../../src/analysis/claims/change.js';
import type { ShareResult } from '../../src/analysis/claims/share.js';
import { computeStatements } from '../../src/analysis/claims/statements.js';
import { rows, type Store } from '../../src/store/open.js';
import { claimsToyStore, GAP, SUPPRESSED } from './claims-toy-store.js';

let store: Store;
beforeAll(async () => {
  store = await claimsToyStore();
});
afterAll(() => store.close());

// Independent series: Border Patrol straight from its table; all of CBP as the sum of
// its two components, NULL when a component is suppressed.
const USBP = `SELECT strftime(period, '%Y-%m-%d') AS p, value AS v FROM observations WHERE dataset_id = 'toy-usbp/monthly'`;
const CBP = `SELECT strftime(period, '%Y-%m-%d') AS p, CASE WHEN count(value) < count(*) THEN NULL ELSE sum(value) END AS v FROM observations WHERE dataset_id = 'toy-cbp/monthly' GROUP BY 1`;

async function one(series: string, period: string): Promise<number | null> {
  const r = await rows<{ v: number | null }>(store.conn, `SELECT v FROM (${series}) WHERE p = ?`, [period]);
  return r.length ? r[0].v : null;
}

/** What a window holds, counted in SQL: months above / equal to a value, suppressed, missing. */
async function windowFacts(series: string, first: string, last: string, value: number) {
  const [r] = await rows<{ above: number; equal: number; nulls: number; present: number; expected: number }>(
    store.conn,
    `SELECT count(*) FILTER (WHERE v > ?) AS above, count(*) FILTER (WHERE v = ?) AS equal, count(*) FILTER (WHERE v IS NULL) AS nulls, count(*) AS present,
            (SELECT count(*) FROM generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 MONTH)) AS expected
       FROM (${series}) WHERE p BETWEEN ? AND ?`,
    [value, value, first, last, first, last],
  );
  return { ...r, missing: r.expected - r.present };
}

async function yearSum(series: string, first: string, last: string): Promise<{ sum: number; months: number }> {
  const [r] = await rows<{ sum: number; months: number }>(store.conn, `SELECT sum(v) AS sum, count(*) AS months FROM (${series}) WHERE p BETWEEN ? AND ?`, [first, last]);
  return r;
}

const check = (text: string) => checkClaim(store.conn, text);
// The reading the words name and the other one (context) alike, by definition and grain.
const byDefinition = (r: ClaimCheck) => Object.fromEntries([...r.checks, ...r.context].map((c) => [`${c.definition}/${c.grain}`, c]));

describe('rank claims ("the most in N years", "since", "on record")', () => {
  it('true when no month of the window had more (SQL: none above)', async () => {
    const target = (await one(USBP, '2003-12-01'))!;
    const facts = await windowFacts(USBP, '2003-01-01', '2003-11-01', target);
    expect(facts).toMatchObject({ above: 0, equal: 0, missing: 0 });
    const r = await check('December 2003 had the most Border Patrol apprehensions in a year');
    expect(r.verdict).toBe('true');
    const rank = r.checks[0].result as RankResult;
    expect(rank.target?.value).toBe(target);
    expect([rank.first, rank.last, rank.span]).toEqual(['2003-01-01', '2003-11-01', 11]);
  });

  it('false when a month of the window had more, even with gaps elsewhere in it', async () => {
    const target = (await one(USBP, '2003-03-01'))!;
    const facts = await windowFacts(USBP, '1999-04-01', '2003-02-01', target);
    expect(facts.above).toBe(1);
    expect(facts.missing).toBe(10); // April-December 1999 and May 2002
    const r = await check('March 2003 had the most Border Patrol apprehensions in four years');
    expect(r.verdict).toBe('false');
    const rank = r.checks[0].result as RankResult;
    expect(rank.beyond.map((p) => [p.period, p.value])).toEqual([['2000-03-01', await one(USBP, '2000-03-01')]]);
    expect(r.summary.en).toMatch(/^False: Border Patrol encounters at the southwest border: 1 month in the window had more \(e\.g\. March 2000: 500\)/);
  });

  it('a tie is only partly true (SQL: one month equal, none above)', async () => {
    const target = (await one(USBP, '2003-03-01'))!;
    expect(await windowFacts(USBP, '2002-07-01', '2003-02-01', target)).toMatchObject({ above: 0, equal: 1, missing: 0 });
    const r = await check('March 2003 had the most Border Patrol apprehensions since June 2002');
    expect(r.checks[0].status).toBe('tied');
    expect(r.verdict).toBe('partly true');
    expect((r.checks[0].result as RankResult).tied.map((p) => p.period)).toEqual(['2002-08-01']);
    expect(r.checks[0].explanation.en).toMatch(/Tied with August 2002: 480/);
  });

  it('a gap in the window makes it undetermined, naming the missing month', async () => {
    const target = (await one(USBP, '2003-03-01'))!;
    const facts = await windowFacts(USBP, '2001-04-01', '2003-02-01', target);
    expect(facts).toMatchObject({ above: 0, missing: 1 });
    const r = await check('March 2003 had the most Border Patrol apprehensions in two years');
    expect(r.verdict).toBe('undetermined');
    const rank = r.checks[0].result as RankResult;
    expect(rank.missing).toEqual([GAP]);
    expect(r.checks[0].explanation.en).toMatch(/1 month of the window have no figure under this definition \(May 2002\)/);
    expect(r.checks[0].explanation.en).toMatch(/at best it ties with August 2002/);
  });

  it('a suppressed cell is never read as zero', async () => {
    expect(await one(CBP, SUPPRESSED)).toBeNull();
    const r = await check('March 2003 had the most southwest border encounters since December 2001');
    const cbp = byDefinition(r)['cbp/month'].result as RankResult;
    expect(cbp.nulls).toEqual([SUPPRESSED]);
    expect(cbp.missing).toEqual([GAP]);
    expect(byDefinition(r)['cbp/month'].status).toBe('undetermined');
  });

  it('"encounters" names all of CBP: false for it, though Border Patrol alone (shown as context) holds', async () => {
    const usbp = (await one(USBP, '2003-10-01'))!;
    const cbp = (await one(CBP, '2003-10-01'))!;
    expect(await windowFacts(USBP, '2003-05-01', '2003-09-01', usbp)).toMatchObject({ above: 0, equal: 0, missing: 0 });
    const cbpFacts = await windowFacts(CBP, '2003-05-01', '2003-09-01', cbp);
    expect(cbpFacts.above).toBeGreaterThan(0);
    const r = await check('October 2003 had the most southwest border encounters in six months');
    const d = byDefinition(r);
    expect([d['usbp/month'].status, d['cbp/month'].status, r.verdict]).toEqual(['true', 'false', 'false']);
    expect([r.checks.map((c) => c.definition), r.context.map((c) => c.definition)]).toEqual([['cbp'], ['usbp']]);
    expect((d['cbp/month'].result as RankResult).beyond.map((p) => p.period)).toContain('2003-09-01');
    expect(r.summary.en).toMatch(/^False: all CBP encounters at the southwest border: .*\. For context, Border Patrol encounters at the southwest border: the highest since/);
  });

  it('reads the same claim in Spanish', async () => {
    const en = await check('October 2003 had the most southwest border encounters in six months');
    const es = await check('octubre de 2003 tuvo la mayor cantidad de encuentros en la frontera suroeste en seis meses');
    expect(es.lang).toBe('es');
    expect(es.verdict).toBe(en.verdict);
    expect(es.summary.es).toMatch(/^Falso: todos los encuentros de CBP en la frontera suroeste: .*Como contexto, encuentros de la Patrulla Fronteriza/);
    expect(es.checks.map((c) => c.status)).toEqual(en.checks.map((c) => c.status));
  });
});

describe('fiscal and calendar years', () => {
  it('checks a bare year both ways, and the verdict follows the figures (SQL sums)', async () => {
    const fy = { usbp: await yearSum(USBP, '2002-10-01', '2003-09-01'), cbp: await yearSum(CBP, '2002-10-01', '2003-09-01') };
    const cy = { usbp: await yearSum(USBP, '2003-01-01', '2003-12-01'), cbp: await yearSum(CBP, '2003-01-01', '2003-12-01') };
    // A threshold between the fiscal and the calendar figures of each definition.
    const threshold = Math.floor((Math.max(fy.usbp.sum, fy.cbp.sum) + Math.min(cy.usbp.sum, cy.cbp.sum)) / 2);
    expect(Math.max(fy.usbp.sum, fy.cbp.sum)).toBeLessThan(threshold);
    expect(Math.min(cy.usbp.sum, cy.cbp.sum)).toBeGreaterThan(threshold);
    const r = await check(`2003 had more than ${threshold} southwest border encounters`);
    const d = byDefinition(r);
    expect(Object.keys(d).sort()).toEqual(['cbp/cy', 'cbp/fy', 'usbp/cy', 'usbp/fy']);
    expect(d['cbp/fy'].figures[0].value).toBe(fy.cbp.sum);
    expect(d['usbp/cy'].figures[0].value).toBe(cy.usbp.sum);
    expect([d['cbp/fy'].status, d['usbp/fy'].status, d['cbp/cy'].status, d['usbp/cy'].status]).toEqual(['false', 'false', 'true', 'true']);
    expect(r.verdict).toBe('partly true');
    const fiscal = await check(`fiscal year 2003 had more than ${threshold} southwest border encounters`);
    expect([fiscal.verdict, fiscal.checks.map((c) => c.grain)]).toEqual(['false', ['fy']]);
    const calendar = await check(`el año calendario 2003 tuvo más de ${threshold} encuentros en la frontera suroeste`);
    expect([calendar.verdict, calendar.checks.map((c) => c.grain)]).toEqual(['true', ['cy']]);
  });

  it('never ranks or judges an incomplete year as if it were complete', async () => {
    const cy2002 = await yearSum(USBP, '2002-01-01', '2002-12-01');
    expect(cy2002.months).toBe(11); // May 2002 is missing
    // A lower bound can prove "more than" ...
    const more = await check(`calendar year 2002 had more than ${cy2002.sum - 1} Border Patrol apprehensions`);
    expect([more.verdict, more.checks[0].figures[0].complete]).toEqual(['true', false]);
    // ... but not "fewer than".
    expect((await check(`calendar year 2002 had fewer than ${cy2002.sum + 10_000} Border Patrol apprehensions`)).verdict).toBe('undetermined');
    // As a lower bound it can only lose a "fewest" and only win a "most".
    const earlier = [await yearSum(USBP, '2000-01-01', '2000-12-01'), await yearSum(USBP, '2001-01-01', '2001-12-01')].map((y) => y.sum);
    const most = await check('calendar year 2002 had the most Border Patrol apprehensions on record');
    expect(most.verdict).toBe(earlier.some((v) => v > cy2002.sum) ? 'undetermined' : 'true');
    const fewest = await check('calendar year 2002 had the fewest Border Patrol apprehensions on record');
    expect(fewest.verdict).toBe(earlier.some((v) => v < cy2002.sum) ? 'false' : 'undetermined');
    expect(fewest.checks[0].explanation.en).toMatch(/incomplete: 11 of 12 months/);
  });
});

describe('change claims', () => {
  it('a month on the month before (SQL percent)', async () => {
    const [t, b] = [(await one(USBP, '2003-03-01'))!, (await one(USBP, '2003-02-01'))!];
    const percent = ((t - b) / b) * 100;
    const r = await check(`Border Patrol apprehensions rose ${Math.round(percent)}% in March 2003 from the month before`);
    const c = r.checks[0].result as ChangeResult;
    expect(c.percent).toBeCloseTo(percent, 10);
    expect(c.delta).toBe(t - b);
    expect(r.verdict).toBe('true');
    expect((await check(`Border Patrol apprehensions fell ${Math.round(percent)}% in March 2003 from the month before`)).verdict).toBe('false');
    expect((await check(`Border Patrol apprehensions rose ${Math.round(percent) + 5}% in March 2003 from the month before`)).verdict).toBe('partly true');
  });

  it('a year earlier, and in Spanish', async () => {
    const [t, b] = [(await one(USBP, '2003-03-01'))!, (await one(USBP, '2002-03-01'))!];
    const percent = Math.round(((t - b) / b) * 100);
    const r = await check(`Las detenciones de la Patrulla Fronteriza aumentaron un ${percent}% en marzo de 2003 respecto al año anterior`);
    expect([(r.checks[0].result as ChangeResult).base?.period, r.verdict]).toEqual(['2002-03-01', 'true']);
  });

  it('against a month with no figure is undetermined', async () => {
    const r = await check('Border Patrol apprehensions rose 100% in March 2003 compared with May 2002');
    expect([(r.checks[0].result as ChangeResult).reason, r.verdict]).toEqual(['no-base', 'undetermined']);
  });
});

describe('share and count claims', () => {
  it('a nationality share of all encounters (SQL: HND cells over the sum of components)', async () => {
    const [h] = await rows<{ v: number }>(store.conn, `SELECT value AS v FROM observations WHERE dataset_id = 'toy-cit/monthly' AND citizenship = 'HND' AND period = DATE '2003-03-01'`);
    const total = (await one(CBP, '2003-03-01'))!;
    const share = (h.v / total) * 100;
    const r = await check(`Hondurans were ${Math.round(share)}% of southwest border encounters in March 2003`);
    const d = byDefinition(r);
    expect((d['cbp/month'].result as ShareResult).percent).toBeCloseTo(share, 10);
    expect(d['cbp/month'].status).toBe('true');
    expect(d['usbp/month'].status).toBe('undetermined'); // no table breaks Border Patrol down by nationality here
    expect(r.verdict).toBe('true');
    const es = await check(`Los hondureños fueron el ${Math.round(share) + 15}% de los encuentros en la frontera suroeste en marzo de 2003`);
    expect(es.verdict).toBe('false');
  });

  it('Border Patrol as a share of all CBP encounters', async () => {
    const share = ((await one(USBP, '2003-03-01'))! / (await one(CBP, '2003-03-01'))!) * 100;
    const r = await check(`Border Patrol accounted for ${Math.round(share)}% of southwest border encounters in March 2003`);
    expect(r.checks.map((c) => c.definition)).toEqual(['cbp']);
    expect((r.checks[0].result as ShareResult).percent).toBeCloseTo(share, 10);
    expect(r.verdict).toBe('true');
  });
});

describe('statements for a series', () => {
  it('rank, highest since, change and share, matching SQL', async () => {
    const s = await computeStatements(store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'], period: '2003-03' });
    const target = (await one(USBP, '2003-03-01'))!;
    const [{ above, n }] = await rows<{ above: number; n: number }>(store.conn, `SELECT count(*) FILTER (WHERE v > ?) AS above, count(*) AS n FROM (${USBP})`, [target]);
    const rank = s.statements.find((x) => x.kind === 'rank')!;
    expect(rank.text.en).toContain(`It ranks ${above + 1} of ${n} complete months`);
    expect(rank.text.en).toContain('tied with August 2002');
    expect(s.statements.find((x) => x.kind === 'highest-since')!.text.en).toMatch(/highest since August 2002: 480 .*which had the same figure/);
    const prev = (await one(USBP, '2003-02-01'))!;
    expect(s.statements.find((x) => x.kind === 'change-previous')!.text.en).toContain(`+${(target - prev).toLocaleString('en-US')}`);
    expect(s.caveats.map((c) => c.en)).toEqual(['The series has gaps: May 2002.']);
  });
});

describe('a place outside the countries where the measure is counted', () => {
  it('the refusal is said in the language of the answer, with labels, without table ids, once per year type, and no second reading', async () => {
    // The toy store counts encounters at the US southwest border only (SQL: no other country).
    const [{ n }] = await rows<{ n: number }>(store.conn, `SELECT count(*) AS n FROM observations WHERE measure = 'encounters' AND geography NOT LIKE 'US%'`);
    expect(n).toBe(0);
    const r = await checkClaim(store.conn, 'Las detenciones de la Patrulla Fronteriza en México fueron 1.000 en marzo de 2003', 'es');
    expect(r.verdict).toBe('undetermined');
    expect(r.context).toEqual([]);
    expect(r.checks.length).toBeLessThanOrEqual(1); // one, or none when the refusal is given before any figure is asked for
    expect(r.summary.es).toContain('(solo se cuentan en Estados Unidos, no en México)');
    expect(r.summary.es.match(/solo se cuentan/g)).toHaveLength(1);
    expect(r.summary.en).toContain('(they are counted only in United States, not in Mexico)');
    for (const text of [r.summary.es, r.summary.en]) {
      expect(text).not.toMatch(/toy-|encounters se cuenta|is counted in US|\bMX\b|\bUS\b/);
    }
  });
});
