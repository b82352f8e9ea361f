import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueReader } from '../../src/api/store/catalogue.js';
import { labelOf } from '../../src/api/store/labels.js';
import { latestVintages, readVintages, versionOf } from '../../src/api/store/vintages.js';
import { fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

describe("the store's catalogue as the API reads it", () => {
  it('names the state of the store by its vintage list', async () => {
    const vintages = await readVintages(f.store.conn);
    expect(vintages.map((v) => v.source)).toEqual(['toy', 'alpha', 'beta', 'toy']);
    expect(versionOf(vintages)).toMatch(/^[0-9a-f]{16}$/);
    expect(versionOf(vintages.slice(0, 3))).not.toBe(versionOf(vintages));
    expect(latestVintages(vintages)).toEqual([
      { source: 'alpha', vintage: 2 },
      { source: 'beta', vintage: 3 },
      { source: 'toy', vintage: 4 },
    ]);
  });

  it('reads sources, files, measures and labels once, and again only after the ttl', async () => {
    const read = catalogueReader(f.store.conn, 60_000);
    const a = await read();
    expect(await read()).toBe(a);
    expect([...a.sources.keys()]).toEqual(['alpha', 'beta', 'toy']);
    expect(a.filesByVintage.get(4)?.[0]).toMatchObject({ name: 'toy.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(a.measures.get('shelter-beds')?.unit).toBe('beds');
    expect(labelOf(a.labels, 'citizenship', 'HND', 'es')).toBe('Honduras');
    expect(labelOf(a.labels, 'component', 'USBP', 'es')).toBe('Patrulla Fronteriza');
    expect(labelOf(a.labels, 'authority', 'ALL', 'es')).toBe('Total');
    expect(labelOf(a.labels, 'category', 'no-such-code', 'en')).toBe('no-such-code');
    const fresh = catalogueReader(f.store.conn, 0);
    const b = await fresh();
    expect(await fresh()).toBe(b); // same vintages: the same catalogue, not read again
  });
});
