/**
 * The API's filters take what the CLI's take (store/query/resolve-codes.ts): the demonyms the
 * claim checker reads ("hondureños", "Guatemalans") and a label holding a comma as one value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const series = (query: string) => call(f.app, `/api/series?${query}`);
const fy2022 = 'measure=encounters&where=geography=US-SWB&grain=fy&from=FY2022&to=FY2022';

describe('/api/series filters', () => {
  it('take demonyms in English and Spanish, as the claims do', async () => {
    const byCode = await series(`${fy2022}&where=citizenship=HND,GTM`);
    for (const names of ['hondureños,guatemaltecos', 'Hondurans,Guatemalan', 'Honduran,guatemaltecas']) {
      const r = await series(`${fy2022}&where=${encodeURIComponent(`citizenship=${names}`)}`);
      expect(r.status).toBe(200);
      expect(r.json.rows).toEqual(byCode.json.rows);
    }
    expect(byCode.json.rows.map((x: any) => x.keys.citizenship.code)).toEqual(['GTM', 'HND']);
  });

  it('read a label holding a comma as one value', async () => {
    // The fixture has no Moldovans: the answer is no rows for MDA, where the comma split it into an unknown " Republic of" before.
    const r = await series(`${fy2022}&where=${encodeURIComponent('citizenship=Moldova, Republic of')}`);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.json)).toContain('MDA');
  });

  it('refuse an unknown value with the nearest names, in Spanish too', async () => {
    const r = await series(`${fy2022}&where=${encodeURIComponent('citizenship=Hondurs')}&lang=es`);
    expect(r.status).toBe(400);
    expect(r.json.detail).toBe('código de ciudadanía desconocido "Hondurs" (¿quiso decir Honduras (HND)?): /api/dimensions/citizenship lista los códigos');
  });
});
