/**
 * The questions of test/cli/user-questions.test.ts asked of the API, over the store loaded
 * from the whole mirror: the same answer as the command line, checked against the store's
 * observations (an audit of the command line and the API, 7 December 2026).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('questions users ask of the API, on the whole mirror', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
  });
  afterAll(() => store?.close());

  it("ICE's arrests and detention population answer without naming the component they are counted for", async () => {
    // Before: 400 "the store has no figures", every table "covers only component ICE, not the total".
    const r = await call(app, '/api/series?measure=ice-arrests&grain=fy&from=FY2019&to=FY2019');
    expect(r.status).toBe(200);
    const [{ v }] = await rows<{ v: number }>(store.conn, "SELECT value AS v FROM observations WHERE dataset_id = 'ohss-monthly/ero-arrests-citizenship-fy' AND citizenship = 'ALL' AND period = DATE '2018-10-01'");
    expect(r.json.rows.map((x: { value: number }) => x.value)).toEqual([v]);
    expect(r.json.rows[0].keys.component).toMatchObject({ code: 'ICE' });
    expect((await call(app, '/api/series?measure=ice-detention-adp&grain=fy&from=FY2023&to=FY2023')).json.rows).toHaveLength(1);
    expect((await call(app, '/api/claims?text=' + encodeURIComponent('ICE arrests exceeded 140,000 in FY2019'))).json.verdict).toBe('true');
    // Naming the component, or breaking the figures down by it, is as before.
    expect((await call(app, '/api/series?measure=ice-arrests&where=component=ICE&grain=fy&from=FY2019&to=FY2019')).json.rows.map((x: { value: number }) => x.value)).toEqual([v]);
    // A measure with a total across components is unchanged: encounters at the southwest border are CBP's, not one component's.
    const swb = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=FY2023&to=FY2023');
    expect(swb.json.rows.map((x: { value: number }) => x.value)).toEqual([2_475_669]);
  });

  it('reads a claim as the command line does: "took back", children, a group of nationalities, a border city', async () => {
    const claim = async (text: string, lang = 'en') => (await call(app, `/api/claims?lang=${lang}&text=${encodeURIComponent(text)}`)).json;
    expect((await claim('Mexico took back 100,000 families in 2021')).subject.measure).toBe('inm-foreigners-received');
    expect((await claim('Border Patrol apprehended more than 50,000 children at the southwest border in June 2021')).subject.filters.demographic).toBe('MINORS');
    const group = await claim('México deportó a más de 100 mil centroamericanos en 2021', 'es');
    expect([group.type, group.verdict]).toEqual(['unreadable', 'undetermined']);
    expect((await claim('Más de 20 mil haitianos fueron detenidos en Tijuana en 2021', 'es')).subject.geography).toBe('MXC-TIJUANA');
  });

  it("follows a nationality through Mexico in 2021, as corridor query --corridor does", async () => {
    const r = await call(app, '/api/corridor?citizenship=HND&from=2021-01&to=2021-12&lang=es');
    expect(r.status).toBe(200);
    const ids = JSON.stringify(r.json);
    expect(ids).toContain('mx-presentados');
    expect(ids).toContain('mx-returns');
    expect(ids).toContain('Presentadas ante la autoridad migratoria (UPM, mensual)');
  });
});
