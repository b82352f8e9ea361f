import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, monthsOf, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const series = (query: string) => call(f.app, `/api/series?${query}`);

describe('GET /api/series', () => {
  it('answers from the best source for each period, each row naming source, table and vintage', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB');
    expect(r.status).toBe(200);
    expect(r.json.rows.slice(0, 4).map((x: any) => [x.period, x.period_label, x.value, x.source, x.dataset, x.vintage])).toEqual([
      ['2020-10-01', '2020-10', 157, 'toy', 'toy/monthly', 4],
      ['2020-11-01', '2020-11', 125, 'toy', 'toy/monthly', 4],
      ['2020-12-01', '2020-12', 130, 'toy', 'toy/monthly', 4],
      ['2021-10-01', '2021-10', 160, 'alpha', 'alpha/monthly-citizenship', 2],
    ]);
    expect(r.json.rows).toHaveLength(15);
    expect(r.headers.get('X-Corridor-Sources')).toBe('alpha;vintage=2, toy;vintage=4');
  });

  it('gives codes and labels of every key in the requested language', async () => {
    const en = await series('measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy&from=FY2022&to=FY2022');
    expect(en.json.rows.map((x: any) => [x.period_label, x.keys.citizenship, x.keys.geography, x.value, x.complete, x.parts, x.expected_parts])).toEqual([
      ['FY2022', { code: 'GTM', label: 'Guatemala' }, { code: 'US-SWB', label: 'Southwest land border' }, 12 * 50 + 66, true, 12, 12],
      ['FY2022', { code: 'HND', label: 'Honduras' }, { code: 'US-SWB', label: 'Southwest land border' }, 12 * 100 + 66, true, 12, 12],
    ]);
    const es = await series('measure=encounters&where=geography=US-SWB&by=component&source=toy&lang=es');
    expect(es.json.rows[0].keys.component).toEqual({ code: 'OFO', label: 'Oficina de Operaciones de Campo' });
    expect(es.json.rows[0].keys.geography.label).toBe('Frontera terrestre suroeste');
    expect(es.json.provenance.measure.label).toBe('Encuentros de CBP');
  });

  it('flags a year missing months as incomplete', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB&grain=fy&source=toy');
    expect(r.json.rows).toMatchObject([{ period_label: 'FY2021', value: 412, complete: false, parts: 3, expected_parts: 12 }]);
  });

  it('carries the provenance: sources, vintages, file sha256s, tables, and the definition saying events, not people', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB&source=toy');
    const p = r.json.provenance;
    expect(p.sources).toHaveLength(1);
    expect(p.sources[0]).toMatchObject({ id: 'toy', publisher: 'corridor tests', landing_page: 'http://127.0.0.1/', licence: 'test data' });
    expect(p.sources[0].vintages).toEqual([
      { id: 4, loaded_at: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), files: [{ name: 'toy.csv', url: 'http://127.0.0.1/toy.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: expect.any(Number) }] },
    ]);
    expect(p.datasets).toEqual([{ id: 'toy/monthly', source: 'toy', title: 'Toy', rounding: 1, notes: null }]);
    expect(p.measure).toMatchObject({ id: 'encounters', unit: 'events', note: expect.stringContaining('Events, not people') });
    const es = await series('measure=encounters&where=geography=US-SWB&source=toy&lang=es');
    expect(es.json.provenance.measure.note).toContain('Eventos, no personas');
    // The unit stays an English key (unit) and is said in the language asked (unit_label): it was "events" alone under lang=es.
    expect(es.json.provenance.measure).toMatchObject({ unit: 'events', unit_label: 'eventos' });
    const beds = await series('measure=shelter-beds&where=geography=US-SWB');
    expect(beds.json.provenance.measure).toMatchObject({ unit: 'beds', unit_label: 'beds', note: null, definition: 'Beds in shelters.' });
    expect((await series('measure=shelter-beds&where=geography=US-SWB&lang=es')).json.provenance.measure.unit_label).toBe('camas');
  });

  it('answers an older vintage of a source when asked', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB&source=toy&vintage=1');
    expect(r.json.rows.map((x: any) => [x.period, x.value, x.vintage])).toEqual([
      ['2020-10-01', 157, 1],
      ['2020-11-01', 120, 1],
    ]);
    expect(r.headers.get('X-Corridor-Sources')).toBe('toy;vintage=1');
  });

  it('returns the request as the store read it, and the tables considered', async () => {
    const r = await series('measure=encounters&where=geography=Southwest%20land%20border&where=citizenship=honduras&from=2022-01&to=2022-03');
    expect(r.json.request).toMatchObject({ where: { geography: ['US-SWB'], citizenship: ['HND'] }, from: '2022-01-01', to: '2022-03-01' });
    expect(r.json.rows.map((x: any) => x.value)).toEqual([103, 104, 105]);
    expect(r.json.considered).toContainEqual({ dataset: 'toy/monthly', source: 'toy', vintage: 4, answer: false, reason: expect.stringContaining('citizenship') });
  });

  it('answers a question no table can answer with no rows and each table\'s reason', async () => {
    const r = await series('measure=shelter-beds&where=geography=US-SWB&by=citizenship');
    expect(r.status).toBe(200);
    expect(r.json.rows).toEqual([]);
    expect(r.json.considered).toEqual([{ dataset: 'beta/beds', source: 'beta', vintage: 3, answer: false, reason: 'is not broken down by citizenship' }]);
  });

  it('answers an empty range with no rows and says so in the header', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB&from=2030-01');
    expect(r.status).toBe(200);
    expect(r.json.rows).toEqual([]);
    expect(r.headers.get('X-Corridor-Sources')).toBe('none');
  });

  it.each([
    ['measure=nope', 404, /unknown measure "nope"/],
    // Before: no suggestion, "encuentros" being far from "encounters" in spelling.
    ['measure=encuentros&lang=es', 404, /^medida desconocida "encuentros" \(¿quiso decir "encounters" \(Encuentros de CBP\)/],
    ['measure=encounters&source=nope', 404, /unknown source "nope"/],
    ['measure=encounters&source=toy&vintage=2', 404, /source "toy" has no vintage 2/],
    ['', 400, /measure/],
    ['measure=encounters&where=geography=Atlantis', 400, /unknown geography "Atlantis": \/api\/dimensions\/geography/],
    ['measure=encounters&where=planet=Mars', 400, /DIMENSION=VALUE/],
    ['measure=encounters&where=geography', 400, /DIMENSION=VALUE/],
    ['measure=encounters&where=geography=US-SWB,', 400, /empty value/],
    ['measure=encounters&by=planet', 400, /"by" takes dimensions/],
    ['measure=encounters&grain=week', 400, /grain/],
    ['measure=encounters&from=last%20year', 400, /not a period/],
    ['measure=encounters&from=2021-13', 400, /not a month/],
    ['measure=encounters&vintage=1', 400, /vintage needs a source/],
    ['measure=encounters&source=toy&vintage=0', 400, /vintage/],
    ['measure=encounters&source=toy&vintage=1.5', 400, /vintage/],
    ['measure=encounters&lang=fr', 400, /lang/],
    // Before: 'request: Unrecognized key: "colour"', naming none of the parameters the route takes.
    ['measure=encounters&colour=blue', 400, /^unknown parameter: "colour" \(this route takes measure, where, by, grain, from, to, source, dataset, vintage, lang\)$/],
    ['measure=encounters&wher=geography=US', 400, /^unknown parameter: "wher" \(this route takes measure, where, .*; did you mean "where"\?\)$/],
    ['measure=encounters&wher=geography=US&lang=es', 400, /^parámetro desconocido: "wher" \(esta ruta acepta measure, where, .*; ¿quiso decir "where"\?\)$/],
    ['measure=DROP%20TABLE%20observations', 400, /measure/],
    ['measure=encounters&measure=encounters', 400, /measure/],
    [`measure=encounters&where=citizenship=${Array.from({ length: 51 }, () => 'HND').join(',')}`, 400, /at most 50 filter values/],
  ])('refuses %s with %i and a clear detail', async (query, status, detail) => {
    const r = await series(query);
    expect(r.status).toBe(status);
    expect(Object.keys(r.json)).toEqual(['error', 'detail']);
    expect(r.json.detail).toMatch(detail);
    expect(r.headers.get('ETag')).toBeNull();
  });

  it('answers "by citizenship" with one row per country per month', async () => {
    const r = await series('measure=encounters&where=geography=US-SWB&by=citizenship&from=2021-10&to=2021-10');
    expect(r.json.rows.map((x: any) => [x.keys.citizenship.code, x.value])).toEqual([
      ['GTM', 50],
      ['HND', 100],
      ['OTHER', 10],
    ]);
    expect(monthsOf(2022)[0]).toBe(r.json.rows[0].period);
  });

  it('refuses an answer over the row limit with 400 and says how to narrow it', async () => {
    const small = f.appWith({ maxRows: 10 });
    const over = await call(small, '/api/series?measure=encounters&where=geography=US-SWB&by=citizenship');
    expect(over.status).toBe(400);
    expect(over.json).toEqual({ error: 'result too large', detail: expect.stringContaining('answers with 36 rows; the limit is 10') });
    expect((await call(small, '/api/series?measure=encounters&where=geography=US-SWB&by=citizenship&from=2021-10&to=2021-12')).status).toBe(200);
  });
});
