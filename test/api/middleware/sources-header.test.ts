import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../src/api/env.js';
import { formatSources, MAX_SOURCES_HEADER, sourcesHeader } from '../../../src/api/middleware/sources-header.js';
import type { Catalogue } from '../../../src/api/store/catalogue.js';

const catalogue = { version: 'abc', latest: [{ source: 'a', vintage: 3 }, { source: 'b', vintage: 1 }] } as Catalogue;
const app = new Hono<ApiEnv>();
app.use('*', async (c, next) => {
  c.set('catalogue', catalogue);
  await next();
});
app.use('*', sourcesHeader());
app.get('/api/used', (c) => {
  c.set('sources', [{ source: 'b', vintage: 1 }]);
  return c.json({});
});
app.get('/api/none', (c) => {
  c.set('sources', []);
  return c.json({});
});
app.get('/api/store', (c) => c.json({}));
app.get('/api/bad', (c) => c.json({}, 400));

describe('X-Corridor-Sources', () => {
  it('formats sources and vintages', () => {
    expect(formatSources([{ source: 'cbp-sbo', vintage: 1 }, { source: 'ohss-khsm', vintage: 4 }])).toBe('cbp-sbo;vintage=1, ohss-khsm;vintage=4');
    expect(formatSources([])).toBe('none');
  });

  it('stays within the bound however many sources an answer has, and says how many it left out', () => {
    for (const n of [1, 10, 150, 151, 152, 400, 3_000]) {
      const list = Array.from({ length: n }, (_, i) => ({ source: `cbp-sbo-replica-${i}`, vintage: 1_000_000 + i }));
      const header = formatSources(list);
      expect(header.length, `${n} sources`).toBeLessThanOrEqual(MAX_SOURCES_HEADER);
      const more = /, \+(\d+) more$/.exec(header);
      const named = header.replace(/, \+\d+ more$/, '').split(', ');
      // Every source is either named, in order, or counted in the tail.
      expect(named, `${n} sources`).toEqual(list.slice(0, named.length).map((s) => `${s.source};vintage=${s.vintage}`));
      expect(named.length + Number(more?.[1] ?? 0), `${n} sources`).toBe(n);
      if (list.map((s) => `${s.source};vintage=${s.vintage}`).join(', ').length <= MAX_SOURCES_HEADER) expect(more).toBeNull();
      else expect(header.length, `${n} sources: fills the bound`).toBeGreaterThan(MAX_SOURCES_HEADER - 60);
    }
    expect(formatSources([{ source: 'x'.repeat(5_000), vintage: 1 }])).toBe('+1 more');
  });

  it('names the sources a handler used, else the latest vintage of every source, and the store version', async () => {
    expect((await app.request('/api/used')).headers.get('X-Corridor-Sources')).toBe('b;vintage=1');
    expect((await app.request('/api/none')).headers.get('X-Corridor-Sources')).toBe('none');
    const whole = await app.request('/api/store');
    expect(whole.headers.get('X-Corridor-Sources')).toBe('a;vintage=3, b;vintage=1');
    expect(whole.headers.get('X-Corridor-Store')).toBe('abc');
  });

  it('is not set on an error', async () => {
    expect((await app.request('/api/bad')).headers.get('X-Corridor-Sources')).toBeNull();
  });
});
