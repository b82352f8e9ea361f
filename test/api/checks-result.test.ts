/**
 * GET /api/checks gives each check's figures as fields (`result`): the periods compared, how many
 * beyond rounding, the largest difference with its period and both numbers, as the checks computed
 * them, so that the dashboard words them in its language (the `summary` is the command line's prose,
 * with ISO periods and bare numbers: "partes 79310 frente al total 79400", "2003-07-01").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addsUpCheck } from '../../src/analysis/checks/adds-up.js';
import { crossCheck } from '../../src/analysis/checks/cross.js';
import { resultOf } from '../../src/analysis/checks/latest.js';
import { recordChecks } from '../../src/analysis/checks/run.js';
import type { CheckResult } from '../../src/analysis/checks/types.js';
import { createApp } from '../../src/api/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import { buildFixtureStore, call } from './fixture-store.js';

const title = { en: 't', es: 't' };
let store: Store;
let app: ReturnType<typeof createApp>;
let computed: CheckResult[];

beforeAll(async () => {
  const path = await buildFixtureStore();
  const rw = await openStore(path);
  try {
    const swb = { measure: 'encounters', where: { geography: ['US-SWB'] } };
    computed = [
      await addsUpCheck(rw.conn, 'adds-up/alpha/citizenship', title, { ...swb, grain: 'month', source: 'alpha' }, 'citizenship'),
      // The fixture's sources share no complete period: an overlap as overlapCheck records one (the mirror's FY2018 IOM against OHSS).
      {
        id: 'overlap/swb-month',
        title,
        status: 'differs',
        summary: { en: 'iom vs ohss-monthly: 7 periods, 1 beyond rounding, largest +1,150 (0.22%) in FY2018', es: 'iom frente a ohss-monthly: 7 periodos, 1 más allá del redondeo, la mayor +1,150 (0.22 %) en el año fiscal 2018' },
        figures: { request: { ...swb, grain: 'fy' }, periods: 30, comparisons: [{ source: 'iom', periods: 7, beyondRounding: 1, worst: { period: '2017-10-01', theirs: 522450, chosen: 521300, chosenFrom: 'ohss-monthly', diff: 1150, pct: 0.22 } }] },
      },
      await crossCheck(rw.conn, 'cross/toy-alpha', title, { ...swb, grain: 'month', source: 'alpha' }, { ...swb, grain: 'month', source: 'toy' }, 5),
      { id: 'overlap/nothing', title, status: 'skipped', summary: { en: 'no two sources overlap on this series', es: 'ningún par de fuentes se solapa en esta serie' }, figures: {} },
    ];
    await recordChecks(rw.conn, computed);
  } finally {
    rw.close();
  }
  store = await openStore(path, { readOnly: true });
  app = createApp({ cache: false, versionTtlMs: 0, logError: () => {}, conn: store.conn });
});
afterAll(() => store?.close());

describe('GET /api/checks: the figures as fields', () => {
  it('gives the period, the grain and both numbers of each check as the check computed them, and keeps the prose', async () => {
    const r = await call(app, '/api/checks');
    expect(r.status).toBe(200);
    const byId = new Map(r.json.checks.map((c: any) => [c.id, c]));
    const addsUp = byId.get('adds-up/alpha/citizenship') as any;
    const f = computed[0].figures as any;
    expect(addsUp.result).toEqual({
      kind: 'adds-up',
      grain: 'month',
      periods: f.compared,
      beyond_rounding: f.beyondRounding,
      max_diff: f.maxDiff,
      largest: f.worst ? { period: f.worst.period, parts: f.worst.sumOfParts, total: f.worst.total } : null,
    });
    expect(addsUp.result.periods).toBe(12);
    expect(addsUp.summary).toEqual(computed[0].summary);

    const overlap = byId.get('overlap/swb-month') as any;
    const comparisons = (computed[1].figures as any).comparisons as any[];
    expect(comparisons.length).toBeGreaterThan(0);
    expect(overlap.result).toEqual({
      kind: 'overlap',
      grain: 'fy',
      comparisons: comparisons.map((c) => ({
        source: c.source,
        against: c.worst.chosenFrom,
        periods: c.periods,
        beyond_rounding: c.beyondRounding,
        largest: { period: c.worst.period, value: c.worst.theirs, against_value: c.worst.chosen, diff: c.worst.diff, pct: c.worst.pct },
      })),
    });
    expect(overlap.result.comparisons[0].largest.period).toBe('2017-10-01');

    const cross = byId.get('cross/toy-alpha') as any;
    const w = (computed[2].figures as any).worst;
    // The fixture's toy and alpha share no complete month: a skipped cross check has no figures.
    if (computed[2].status === 'skipped') expect(cross.result).toBeNull();
    else expect(cross.result).toMatchObject({ kind: 'cross', grain: 'month', periods: (computed[2].figures as any).compared, beyond: (computed[2].figures as any).beyond, tolerance_pct: 5 });
    if (computed[2].status !== 'skipped') expect(cross.result.largest).toEqual(w ? { period: w.period, other: w.other, reference: w.reference, pct: w.pct } : null);

    // A skipped check, and a run recorded without the fields (the fixture's own), have none: the page shows their prose.
    expect((byId.get('overlap/nothing') as any).result).toBeNull();
    expect((byId.get('overlap/toy-alpha') as any).result).toBeNull();
  });

  it('reads only figures of the shape the checks record', () => {
    expect(resultOf('adds-up/x/y', 'pass', { request: { grain: 'month' }, compared: 3, beyondRounding: 0, maxDiff: 0 })).toEqual({ kind: 'adds-up', grain: 'month', periods: 3, beyond_rounding: 0, max_diff: 0, largest: null });
    expect(resultOf('adds-up/x/y', 'pass', { request: { grain: 'month' }, compared: '3', beyondRounding: 0, maxDiff: 0 })).toBeNull();
    expect(resultOf('overlap/x', 'differs', { request: { grain: 'fy' }, comparisons: [{ source: 'a', periods: 1, beyondRounding: 1 }] })).toBeNull();
    expect(resultOf('other/x', 'pass', { request: { grain: 'fy' } })).toBeNull();
  });
});
