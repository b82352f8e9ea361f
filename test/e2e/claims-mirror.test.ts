/**
 * The claim engine on the real mirror, against figures recomputed here in SQL straight
 * from the publishers' tables (never through the query planner).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkClaim } from '../../src/analysis/claims/check.js';
import type { ChangeResult } from '../../src/analysis/claims/change.js';
import type { RankResult } from '../../src/analysis/claims/rank.js';
import { computeStatements } from '../../src/analysis/claims/statements.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('claims on the mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());

  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);
  // Border Patrol at the southwest border, month by month, in the two tables that publish it.
  const USBP_TABLES = `SELECT dataset_id AS ds, strftime(period, '%Y-%m-%d') AS p, value AS v FROM observations
                        WHERE geography = 'US-SWB' AND dataset_id IN ('cbp-legacy-monthly/regions', 'ohss-khsm/monthly-region')`;
  // All CBP encounters at the southwest border from CBP's by-state file (every cell is a breakdown).
  const cbpState = async (first: string, last: string) =>
    (await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, [first, last]))[0].v;

  it('"March 2021 had the most southwest border encounters in two decades": "encounters" is all of CBP, unknowable before FY2014; Border Patrol alone, true, is context', async () => {
    const r = await checkClaim(store.conn, 'March 2021 had the most southwest border encounters in two decades');
    const usbp = r.context.find((c) => c.definition === 'usbp')!;
    const cbp = r.checks.find((c) => c.definition === 'cbp')!;
    const target = (usbp.result as RankResult).target!.value!;
    const [{ above }] = await sql<{ above: number }>(`SELECT count(*) AS above FROM (${USBP_TABLES}) WHERE p BETWEEN '2001-04-01' AND '2021-02-01' AND v > ?`, [target]);
    expect(above).toBe(0);
    const [last] = await sql<{ p: string; v: number }>(`SELECT p, max(v) AS v FROM (${USBP_TABLES}) WHERE p < '2021-03-01' AND v >= ? GROUP BY p ORDER BY p DESC LIMIT 1`, [target]);
    expect(last.p).toBe('2001-03-01');
    expect(usbp.status).toBe('true');
    expect((usbp.result as RankResult).since?.period).toBe(last.p);
    expect((usbp.result as RankResult).since?.value).toBe(170_580); // CBP's legacy figure wins before FY2005

    expect((cbp.result as RankResult).target?.value).toBe(await cbpState('2021-03-01', '2021-03-01'));
    const [{ first }] = await sql<{ first: string }>(`SELECT strftime(min(period), '%Y-%m-%d') AS first FROM observations WHERE measure = 'encounters' AND geography = 'US-SWB' AND component = 'ALL' AND dataset_id LIKE 'ohss-monthly/%' AND grain = 'month'`);
    const [{ gap }] = await sql<{ gap: number }>(`SELECT count(*) AS gap FROM generate_series(DATE '2001-04-01', CAST(? AS DATE) - INTERVAL 1 MONTH, INTERVAL 1 MONTH)`, [first]);
    expect(first).toBe('2013-10-01');
    expect((cbp.result as RankResult).missing.length).toBe(gap);
    expect(cbp.status).toBe('undetermined');
    expect(r.verdict).toBe('undetermined');
    expect(r.summary.en).toMatch(/^Cannot be checked: all CBP encounters at the southwest border: 150 months .*\. For context, Border Patrol encounters at the southwest border: the highest since March 2001 \(170,580\), 20 years earlier\.$/);
  });

  it('the same claim in Spanish gives the same verdicts', async () => {
    const r = await checkClaim(store.conn, 'marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas');
    expect([r.lang, r.verdict, r.checks.map((c) => c.status), r.context.map((c) => c.status)]).toEqual(['es', 'undetermined', ['undetermined'], ['true']]);
    expect(r.summary.es).toMatch(/^No se puede comprobar: todos los encuentros de CBP .*Como contexto, encuentros de la Patrulla Fronteriza en la frontera suroeste: el más alto desde marzo de 2001/);
  });

  it('"over two decades" is false: March 2001 had more', async () => {
    const r = await checkClaim(store.conn, 'March 2021 had the most Border Patrol apprehensions at the southwest border in over two decades');
    expect(r.verdict).toBe('false');
    expect((r.checks[0].result as RankResult).beyond.map((p) => p.period)).toEqual(['2001-03-01']);
  });

  it('fiscal against calendar year: 2021 had more than 1.9 million southwest border encounters', async () => {
    const fy = await cbpState('2020-10-01', '2021-09-01');
    const cy = await cbpState('2021-01-01', '2021-12-01');
    expect([fy, cy]).toEqual([1_734_686, 2_035_585]);
    const r = await checkClaim(store.conn, '2021 had more than 1.9 million southwest border encounters');
    const by = Object.fromEntries([...r.checks, ...r.context].map((c) => [`${c.definition}/${c.grain}`, c]));
    expect(by['cbp/fy'].figures[0].value).toBe(fy);
    expect(by['cbp/cy'].figures[0].value).toBe(cy);
    // Border Patrol from the OHSS workbook, whose cells are rounded to 10: within 12 × 5.
    const [khsm] = await sql<{ fy: number; cy: number }>(`SELECT sum(value) FILTER (WHERE period BETWEEN DATE '2020-10-01' AND DATE '2021-09-01') AS fy, sum(value) FILTER (WHERE period BETWEEN DATE '2021-01-01' AND DATE '2021-12-01') AS cy FROM observations WHERE dataset_id = 'ohss-khsm/monthly-region' AND geography = 'US-SWB'`);
    expect(Math.abs(by['usbp/fy'].figures[0].value! - khsm.fy)).toBeLessThanOrEqual(60);
    expect(Math.abs(by['usbp/cy'].figures[0].value! - khsm.cy)).toBeLessThanOrEqual(60);
    const expected = (v: number) => (v > 1_900_000 ? 'true' : 'false');
    expect([by['cbp/fy'].status, by['cbp/cy'].status, by['usbp/fy'].status, by['usbp/cy'].status]).toEqual([expected(fy), expected(cy), expected(khsm.fy), expected(khsm.cy)]);
    expect(r.verdict).toBe('partly true');
  });

  it('"expelled" is Title 42 expulsions: families expelled in 2021, against CBP\'s by-state file', async () => {
    // Before: judged false against every encounter of families (605,879 in calendar 2021).
    const t42 = async (first: string, last: string) =>
      (await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND authority = 'T42' AND demographic = 'FMUA' AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, [first, last]))[0].v;
    const [fy, cy] = [await t42('2020-10-01', '2021-09-01'), await t42('2021-01-01', '2021-12-01')];
    for (const text of ['152,588 people in families were expelled in 2021', 'En 2021 se expulsaron 152,588 personas en familia']) {
      const r = await checkClaim(store.conn, text);
      expect(r.subject?.filters, text).toMatchObject({ authority: 'T42', demographic: 'FMUA' });
      const by = Object.fromEntries(r.checks.map((c) => [`${c.definition}/${c.grain}`, c]));
      expect([by['cbp/fy'].figures[0].value, by['cbp/cy'].figures[0].value], text).toEqual([fy, cy]);
      expect(by['cbp/cy'].status, text).toBe(cy === 152_588 ? 'true' : 'false');
    }
  });

  it('"ICE removed" is ICE\'s removals, not all of DHS\'s; "Border Patrol released" is its releases among book-outs', async () => {
    // Before: "ICE removed 59,011 people in fiscal year 2021" was judged False against all 85,130 DHS removals, and
    // "Border Patrol released more than 500,000 migrants in FY2022" was checked against its 2.2 million encounters.
    const [{ ice }] = await sql<{ ice: number }>(`SELECT value AS ice FROM observations WHERE dataset_id = 'govnumbers/ice-removals' AND period = DATE '2020-10-01'`);
    for (const text of ['ICE removed 59,011 people in fiscal year 2021', 'El ICE deportó a 59,011 personas en el año fiscal 2021']) {
      const r = await checkClaim(store.conn, text);
      expect(r.subject, text).toMatchObject({ measure: 'removals', filters: { component: 'ICE' } });
      expect(r.checks[0].figures[0].value, text).toBe(ice);
      expect(r.verdict, text).toBe(ice === 59_011 ? 'true' : 'false');
    }
    const [{ released }] = await sql<{ released: number }>(
      `SELECT value AS released FROM observations WHERE dataset_id = 'ohss-monthly/swb-bookouts-agency-fy' AND period = DATE '2021-10-01' AND geography = 'US-SWB'
          AND component = 'USBP' AND category = 'bookout:usbp-release' AND citizenship = 'ALL' AND demographic = 'ALL' AND authority = 'ALL'`,
    );
    const r = await checkClaim(store.conn, 'Border Patrol released more than 500,000 migrants in FY2022');
    expect(r.subject).toMatchObject({ measure: 'bookouts', filters: { component: 'USBP', category: 'bookout:usbp-release' } });
    expect(r.checks[0].figures[0].value).toBe(released);
    expect(r.verdict).toBe(released > 500_000 ? 'true' : 'false');
  });

  it('counts that had only their labels for words are read from the words people use: airport rejections, ICE detention, DIF referrals', async () => {
    // Before: each "names nothing the store counts".
    const [{ rejected }] = await sql<{ rejected: number }>(`SELECT sum(value) AS rejected FROM observations WHERE dataset_id LIKE 'upm-rechazos/%' AND period = DATE '2019-01-01' AND category = 'ALL'`);
    for (const text of ['Mexico rejected 20,000 foreigners at its airports in 2019', 'México rechazó a 20 mil extranjeros en sus aeropuertos en 2019']) {
      const r = await checkClaim(store.conn, text);
      expect(r.subject?.measure, text).toBe('mx-airport-rejections');
      expect(r.checks[0].figures[0].value, text).toBe(rejected);
      expect(r.verdict, text).toBe(Math.abs(rejected - 20_000) <= 500 ? 'true' : 'false');
    }
    const [{ adp }] = await sql<{ adp: number }>(`SELECT value AS adp FROM observations WHERE dataset_id = 'govnumbers/ice-detention-adp' AND period = DATE '2018-10-01' AND category = 'ALL'`);
    const detention = await checkClaim(store.conn, 'More than 50,000 people were in ICE detention in FY2019');
    expect(detention.subject?.measure).toBe('ice-detention-adp');
    expect(detention.checks[0].figures[0].value).toBe(adp);
    expect(detention.verdict).toBe(adp > 50_000 ? 'true' : 'false');
    const dif = await checkClaim(store.conn, 'El INM canalizó a más de 5 mil personas al DIF en 2025');
    expect(dif.subject?.measure).toBe('inm-canalizados');
    // Shelters are places a source defines, in their municipality: a border city is read as its municipality (the city's INEGI
    // locality's parent), said. Before: "solo se cuentan en MX-SHELTER-1, MX-SHELTER-10, MX-SHELTER-11 …, y Tijuana está en México",
    // a reason that named codes and contradicted itself; then "no tiene cifras para la geografía Tijuana".
    const [{ free }] = await sql<{ free: number }>(
      `SELECT sum(o.value) AS free FROM observations o JOIN places s ON s.code = o.geography
        WHERE o.measure = 'shelter-available' AND o.period = DATE '2025-01-01'
          AND s.parent = (SELECT loc.parent FROM place_links l JOIN places loc ON loc.code = l.linked WHERE l.code = 'MXC-TIJUANA' AND l.relation = 'inegi-locality')`,
    );
    const city = await checkClaim(store.conn, 'Los albergues de Tijuana tienen 3 mil camas disponibles en 2025');
    expect(city.subject).toMatchObject({ measure: 'shelter-available', geography: 'MX-02004' });
    expect(city.checks[0].figures[0].value).toBe(free);
    expect(city.verdict).toBe(Math.abs(free - 3000) <= 150 ? 'true' : Math.abs(free - 3000) <= 600 ? 'partly true' : 'false');
    expect(city.summary.es).not.toMatch(/MX-SHELTER|está en México/);
    expect(city.summary.es).toMatch(/^[^:]+: Lugares disponibles en albergue en Tijuana \(municipio\): /);
  });

  it('families Mexico "took back" in 2021: no count of Mexico\'s has them, so the Title 42 expulsions of families are shown instead, never judged', async () => {
    // Before: "Cannot be checked" and nothing else, while the store holds CBP's expulsions of families that year.
    const [{ v: cy }] = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND authority = 'T42' AND demographic = 'FMUA' AND period BETWEEN DATE '2021-01-01' AND DATE '2021-12-01'`);
    for (const [text, lang] of [['Mexico took back 100,000 families in 2021', 'en'], ['México aceptó 100,000 familias expulsadas en 2021', 'es']] as const) {
      const r = await checkClaim(store.conn, text);
      expect([r.lang, r.subject?.measure, r.verdict], text).toEqual([lang, 'inm-foreigners-received', 'undetermined']);
      expect(r.instead?.subject, text).toMatchObject({ measure: 'encounters', geography: 'US-SWB', filters: { authority: 'T42', demographic: 'FMUA' } });
      expect(r.instead?.checks.find((c) => c.grain === 'cy')?.figures[0].value, text).toBe(cy);
      expect(r.summary.en, text).toMatch(/What the store has instead, all CBP encounters \(Title 42 expulsions\) of people in families .*calendar year, 152,588 .*not the same count/);
      expect(r.summary.es, text).toMatch(/Lo que el almacén tiene en su lugar, .*no es la misma cifra/);
      expect(r.sources.map((s) => s.dataset), text).toContain('cbp-state/monthly-region-state');
    }
    // After Title 42 (May 2023) there is nothing to show instead.
    expect((await checkClaim(store.conn, 'Mexico took back 10,000 families in 2025')).instead).toBeUndefined();
  });

  it('a change in Spanish, against CBP\'s unrounded monthly file', async () => {
    const month = async (p: string) => (await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-sbo/sw-monthly' AND period = CAST(? AS DATE)`, [p]))[0].v;
    const [feb, jan] = [await month('2025-02-01'), await month('2025-01-01')];
    const percent = ((feb - jan) / jan) * 100;
    const r = await checkClaim(store.conn, `Los encuentros en la frontera suroeste cayeron un ${Math.round(-percent)}% en febrero de 2025 respecto a enero de 2025`);
    const cbp = r.checks.find((c) => c.definition === 'cbp')!;
    expect((cbp.result as ChangeResult).percent).toBeCloseTo(percent, 10);
    expect(cbp.status).toBe('true');
  });

  it('"Guatemala encounters fell 50% in 2025": the country named alone is the citizenship, as "Guatemalan" is, never the total', async () => {
    const [gtm] = await sql<{ fy24: number; fy25: number; months: number }>(
      `SELECT sum(value) FILTER (WHERE period BETWEEN DATE '2023-10-01' AND DATE '2024-09-01') AS fy24, sum(value) FILTER (WHERE period BETWEEN DATE '2024-10-01' AND DATE '2025-09-01') AS fy25,
              count(DISTINCT period) FILTER (WHERE period BETWEEN DATE '2024-10-01' AND DATE '2025-09-01') AS months
         FROM observations WHERE dataset_id = 'cbp-sbo/sw-monthly' AND citizenship = 'GTM'`,
    );
    const demonym = await checkClaim(store.conn, 'Guatemalan encounters fell 50% in 2025');
    for (const text of ['Guatemala encounters fell 50% in 2025', 'Los encuentros de Guatemala cayeron 50% en 2025']) {
      const r = await checkClaim(store.conn, text);
      expect(r.subject, text).toMatchObject({ measure: 'encounters', geography: 'US-SWB', filters: { citizenship: 'GTM' } });
      const fy = r.checks.find((c) => c.definition === 'cbp' && c.grain === 'fy')!.result as ChangeResult;
      expect([fy.target?.value, fy.base?.value], text).toEqual([gtm.fy25, gtm.fy24]);
      // A fall of more than 80%: false once FY2025 is complete, until then not comparable.
      expect(r.verdict, text).toBe(gtm.months === 12 ? 'false' : 'undetermined');
      expect(r.verdict).toBe(demonym.verdict);
      expect(r.summary.en).toBe(demonym.summary.en);
      expect(r.understood.map((u) => u[r.lang])).toContain(r.lang === 'es' ? 'ciudadanía: Guatemala' : 'citizenship: Guatemala');
    }
  });

  it("a running total (the White House's doses to Mexico) is a level on a day, not a sum of the days known, in both languages", async () => {
    const [{ day, v }] = await sql<{ day: string; v: number }>(
      `SELECT strftime(max(period), '%Y-%m-%d') AS day, arg_max(value, period) AS v FROM observations WHERE measure = 'vaccine-doses-donated' AND geography = 'MX' AND category = 'donor:USA' AND period < DATE '2021-09-01'`,
    );
    expect(day).toBe('2021-08-03');
    const r = await checkClaim(store.conn, 'The US donated more than 10 million vaccine doses to Mexico in 2021');
    const [c] = r.checks;
    expect(c.figures[0]).toMatchObject({ value: Number(v), asOf: day, complete: false });
    expect(r.verdict).toBe('undetermined');
    expect(c.explanation.en).toMatch(/calendar year 2021: 4,049,000 \(.*level on 3 August 2021\)\. The figure is a level \(not a sum\): that of 3 August 2021/);
    expect(c.explanation.es).toMatch(/año calendario 2021: 4,049,000 \(.*nivel al 3 de agosto de 2021\)\. La cifra es un nivel \(no una suma\)/);
    expect(`${c.explanation.en} ${c.explanation.es}`).not.toMatch(/1 of 365 days|1 de 365 días/);
    expect(r.summary.en).toMatch(/^Cannot be checked: COVID-19 vaccine doses donated \(Donated by the United States\) in Mexico: 4,049,000/);
  });

  it('statements say an incomplete year is not ranked', async () => {
    const s = await computeStatements(store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'], grain: 'fy', period: 'FY2025' });
    const [{ months }] = await sql<{ months: number }>(`SELECT count(DISTINCT period) AS months FROM observations WHERE dataset_id = 'cbp-sbo/sw-monthly' AND period >= DATE '2024-10-01'`);
    expect(s.statements.map((x) => x.kind)).not.toContain('rank');
    expect(s.caveats[0].en).toBe(`FY2025 is incomplete (${months} of 12 months): it is not ranked against complete periods.`);
  });
});
