/**
 * IOM's compilation loaded with the rest of the mirror: the official publishers' files
 * keep precedence wherever they answer, IOM fills what they lack, and the checked totals
 * come out of the default queries.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/open.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('IOM beside the official sources, from the whole mirror', () => {
  let store: Store;
  let outcomes: Awaited<ReturnType<typeof storeFromMirror>>['outcomes'];
  beforeAll(async () => {
    ({ store, outcomes } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  const answer = async (req: SeriesRequest) => (await querySeries(store.conn, req)).rows.map((r) => [r.period.slice(0, 7), r.source, r.value]);
  const swb = { geography: ['US-SWB'] };

  it('loads', () => {
    expect(outcomes.find((o) => o.source === 'iom')).toMatchObject({ status: 'loaded', observations: 50_886 });
  });

  it('southwest border totals stay with CBP\'s and OHSS\'s files (FY2021 1,734,686 from cbp-state)', async () => {
    const rows = await answer({ measure: 'encounters', where: swb, grain: 'fy', from: '2017-10-01', to: '2022-10-01' });
    expect(rows.filter(([, source]) => source === 'iom')).toEqual([]);
    expect(rows.find(([p]) => p === '2020-10')).toEqual(['2020-10', 'cbp-state', 1_734_686]);
  });

  it('a Border Patrol sector by nationality (FY2021) comes from IOM: no official file crosses them', async () => {
    const [row] = await answer({ measure: 'encounters', where: { geography: ['USBP-RGV'], citizenship: ['HND'] }, grain: 'fy', from: '2020-10-01', to: '2020-10-01' });
    expect(row[1]).toBe('iom');
    expect(row[2]).toBeGreaterThan(0);
  });

  it('Mexico\'s presentados: upm-boletin for 2019-July 2021, IOM before and after', async () => {
    const rows = await answer({ measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'cy', from: '2018-01-01', to: '2024-01-01' });
    expect(rows).toEqual([
      ['2018-01', 'iom', 131_445], ['2019-01', 'upm-boletin', 182_940], ['2020-01', 'upm-boletin', 82_379],
      // 2021: upm-boletin has January-July only, so IOM's complete year wins.
      ['2021-01', 'iom', 309_692], ['2022-01', 'iom', 441_409], ['2023-01', 'iom', 778_907], ['2024-01', 'iom', 1_231_320],
    ]);
  });

  it('Darién 2023 and Venezuelans in it, by the names a user types', async () => {
    const darien = await answer({ measure: 'darien-crossings', where: { geography: ['PA-DARIEN'] }, grain: 'cy', from: '2023-01-01', to: '2023-01-01' });
    expect(darien).toEqual([['2023-01', 'iom', 520_085]]);
    const typed = await buildRequest(store.conn, { measure: 'darien-crossings', where: ['geography=Darien', 'citizenship=Venezuela'], grain: 'cy', from: '2023', to: '2023' });
    expect(await answer(typed)).toEqual([['2023-01', 'iom', 328_650]]);
  });
});
