/**
 * Claims a journalist wrote that the checker refused or misread (an audit of the claims
 * checker), on the real mirror, against figures added up here in SQL straight from the
 * publishers' tables (never through the query engine): shelters of a border city, which the
 * store holds by municipality; numbers in words; "menores" alone; "140 mil" stated to the
 * 10,000 as "140,000" is.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkClaim } from '../../src/analysis/claims/check.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('claims from an audit, on the mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);
  const n = (v: number) => v.toLocaleString('en-US');

  it('"Los albergues de Tijuana tienen 3 mil camas": every border city whose municipality has shelters is read as that municipality, with no period the latest figure', async () => {
    // Each border city's INEGI locality, that locality's municipality, and the beds of the shelters in it.
    const cities = await sql<{ city: string; en: string; es: string; muni: string; beds: number; year: string }>(
      `SELECT c.code AS city, c.label_en AS en, c.label_es AS es, loc.parent AS muni, sum(o.value)::DOUBLE AS beds, strftime(max(o.period), '%Y') AS year
         FROM place_links l JOIN places c ON c.code = l.code JOIN places loc ON loc.code = l.linked
         JOIN places s ON s.parent = loc.parent JOIN observations o ON o.geography = s.code AND o.measure = 'shelter-capacity'
        WHERE l.relation = 'inegi-locality' GROUP BY ALL ORDER BY city`,
    );
    expect(cities.length).toBeGreaterThanOrEqual(10);
    expect(cities.find((c) => c.city === 'MXC-TIJUANA')).toMatchObject({ muni: 'MX-02004', beds: 10_000 });
    for (const c of cities) {
      const es = await checkClaim(store.conn, `Los albergues de ${c.es} tienen ${n(c.beds)} camas`);
      expect([es.lang, es.verdict, es.subject?.geography, es.checks[0]?.figures[0]?.value], c.es).toEqual(['es', 'true', c.muni, c.beds]);
      expect(es.summary.es, c.es).toMatch(/^Verdadero: Capacidad de albergue en .* \(municipio\): /);
      expect(es.assumptions.map((a) => a.es).join(' '), c.es).toMatch(/se lee como .* \(municipio\), que contiene la ciudad/);
      expect(es.assumptions.map((a) => a.es).join(' '), c.es).toContain(`se lee la cifra más reciente del almacén, de ${c.year}`);
      const en = await checkClaim(store.conn, `${c.en}'s shelters have ${n(c.beds * 3)} beds`);
      expect([en.lang, en.verdict, en.subject?.geography, en.checks[0]?.figures[0]?.value], c.en).toEqual(['en', 'false', c.muni, c.beds]);
      expect(en.summary.en, c.en).toMatch(/^False: Shelter capacity in .* \(municipality\): /);
    }
    const tj = await checkClaim(store.conn, 'Los albergues de Tijuana tienen 3 mil camas');
    expect(tj.summary.es).toBe('Falso: Capacidad de albergue en Tijuana (municipio): 10,000 (se afirma 3,000).');
  });

  it('a border city with no shelters in its municipality is still refused for that city, with labels, not codes', async () => {
    const r = await checkClaim(store.conn, 'Los albergues de Tapachula tienen 500 camas');
    expect([r.verdict, r.subject?.geography]).toEqual(['undetermined', 'MXC-TAPACHULA']);
    expect(r.summary.es).not.toMatch(/shelter-capacity/);
  });

  it('numbers in words: "Treinta y dos mil personas cruzaron el Darién en enero de 2024", "Darién crossings topped thirty thousand in January 2024", "cinco caravanas"', async () => {
    const [{ v }] = await sql<{ v: number }>(`SELECT sum(value)::DOUBLE AS v FROM observations WHERE dataset_id = 'iom/darien-by-nationality' AND period = DATE '2024-01-01'`);
    const es = await checkClaim(store.conn, 'Treinta y dos mil personas cruzaron el Darién en enero de 2024');
    expect([es.type, es.checks[0].figures[0].value]).toEqual(['amount', v]);
    expect(es.summary.es).toContain(`(se afirma 32,000)`);
    const en = await checkClaim(store.conn, 'Darién crossings topped thirty thousand in January 2024');
    expect([en.type, en.verdict, en.checks[0].figures[0].value]).toEqual(['amount', v > 30_000 ? 'true' : 'false', v]);
    // Caravans are one row a caravan, in Chiapas: January 2025's count.
    const [{ c }] = await sql<{ c: number }>(`SELECT sum(value)::DOUBLE AS c FROM observations WHERE measure = 'inm-caravans' AND period BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'`);
    for (const text of ['Cinco caravanas salieron de Chiapas en enero de 2025', 'Five caravans set out from Chiapas in January 2025', 'A dozen caravans set out from Chiapas in January 2025', 'Una docena de caravanas salieron de Chiapas en enero de 2025']) {
      const r = await checkClaim(store.conn, text);
      expect([r.type, r.checks[0].figures[0]?.value], text).toEqual(['amount', c]);
      expect(r.summary.en, text).toMatch(new RegExp(`\\(claimed ${/ozen|ocena/.test(text) ? 12 : 5}\\)`));
    }
  });

  it('"menores" alone is minors, not "lower": CBP counts only unaccompanied children apart, so the claim cannot be checked and their figure is shown instead, said to be narrower', async () => {
    const [uc] = await sql<{ fy: number }>(
      `SELECT sum(value)::DOUBLE AS fy FROM observations WHERE dataset_id = 'ohss-khsm/monthly-region-family-status' AND geography = 'US-SWB' AND demographic = 'UC' AND period BETWEEN DATE '2020-10-01' AND DATE '2021-09-01'`,
    );
    for (const text of ['La Patrulla Fronteriza detuvo a 150 mil menores en 2021', 'Border Patrol apprehended 150,000 minors in 2021']) {
      const r = await checkClaim(store.conn, text);
      expect([r.type, r.verdict, r.subject?.filters.demographic], text).toEqual(['amount', 'undetermined', 'MINORS']);
      expect(r.instead?.subject.filters.demographic, text).toBe('UC');
      const fy = r.instead!.checks.find((c) => c.grain === 'fy')!.figures[0];
      expect(Math.abs(fy.value! - uc.fy), text).toBeLessThanOrEqual(60); // OHSS rounds each cell to 10: 12 months × 5
      expect(r.summary[r.lang], text).toMatch(r.lang === 'es' ? /no se desglosan por Menores.*Lo que el almacén tiene en su lugar, .*no es la misma cifra: los menores no acompañados son solo una parte/ : /not broken down by Minors.*What the store has instead, .*not the same count: unaccompanied children are only part of the minors/);
    }
    // "menores que" is still "lower than".
    const lower = await checkClaim(store.conn, 'Las detenciones en México fueron menores que en 2019 en 2020');
    expect([lower.type, lower.subject?.filters.demographic]).toEqual(['change', undefined]);
  });

  it('"La COMAR recibió 140 mil solicitudes de asilo en 2023" is stated to the 10,000, as "140,000" is: the same verdict in both languages', async () => {
    const [{ v }] = await sql<{ v: number }>(`SELECT sum(value)::DOUBLE AS v FROM observations WHERE dataset_id = 'unhcr/asylum-applications' AND geography = 'MX' AND period = DATE '2023-01-01'`);
    const es = await checkClaim(store.conn, 'La COMAR recibió 140 mil solicitudes de asilo en 2023');
    const en = await checkClaim(store.conn, 'COMAR received 140,000 asylum applications in 2023');
    expect([es.checks[0].figures[0].value, en.checks[0].figures[0].value]).toEqual([v, v]);
    const expected = Math.abs(v - 140_000) <= 5_000 ? 'true' : 'partly true';
    expect([es.verdict, en.verdict]).toEqual([expected, expected]);
  });

  it('"El INM detuvo a 444 mil migrantes en 2023", "INM detained 480,000 migrants in 2023": INM named as the one who detains is Mexico\'s count', async () => {
    for (const text of ['El INM detuvo a 444 mil migrantes en 2023', 'INM detained 480,000 migrants in 2023']) {
      const r = await checkClaim(store.conn, text);
      expect([r.type, r.subject?.measure], text).toEqual(['amount', 'mx-presentados']);
    }
  });
});
