/**
 * The API's part of the bad-input corpus (the index is test/BAD-INPUT.md): every request below gets a 400 (or 421, 431) that
 * says what is allowed, never a 500, never an answer to a question nobody asked. The store
 * is opened read-only, so none of them can change it; the ingest corpus is
 * test/store/ingest.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { allowedHostsFor } from '../../src/api/middleware/allowed-hosts.js';
import { fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
let server: RunningServer;
/** The store file's sha256 before any request: every refusal must leave it as it was. */
let before: string;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
beforeAll(async () => {
  f = await fixtureStore();
  before = sha(f.path);
  server = await startServer({ db: f.path, port: 0 });
});
afterAll(async () => {
  await server?.close();
  f?.close();
});

const CASES: [string, string, RegExp][] = [
  ['year 0000 in from (series)', '/api/series?measure=encounters&from=0000', /"0000" is outside the years corridor can hold \(1900 to 2100\)/],
  ['year 0000 in to (export)', '/api/export?measure=encounters&to=0000-01', /"0000-01" is outside the years corridor can hold/],
  ['an impossible date', '/api/series?measure=encounters&from=2021-02-30', /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['a reversed range', '/api/series?measure=encounters&from=2024&to=2020', /the range is reversed: from 2024 comes after to 2020/],
  ['a reversed fiscal range', '/api/export?measure=encounters&grain=fy&from=FY2023&to=FY2021', /the range is reversed/],
  ['a filter built to match anything', `/api/series?measure=encounters&where=${encodeURIComponent('geography=" OR ""="')}`, /is not a geography code or label: no code or label holds =/],
  ['a quoted state code', `/api/series?measure=encounters&where=${encodeURIComponent('geography=" OR "')}`, /unknown geography "" OR "": \/api\/dimensions\/geography lists the codes/],
  ['an unknown place level', '/api/places?level=nope', /a level is one of world, country, region, sector/],
  ['year 0000 in from (corridor)', '/api/corridor?citizenship=HND&from=0000', /"0000" is outside the years corridor can hold/],
  ['a reversed range (corridor)', '/api/corridor?citizenship=HND&from=2024-01&to=2020-01', /the range is reversed: from 2024-01 comes after to 2020-01/],
  ['an impossible reception start', '/api/reception?start=2021-02-30', /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['a reception start in month 13', '/api/reception?start=2021-13-01', /^start: expected YYYY-MM-DD, found "2021-13-01"$/],
  ['reception over 0 weeks', '/api/reception?weeks=0', /weeks: /],
  ['reception over 999 weeks', '/api/reception?weeks=999', /weeks: /],
  ['a forecast horizon of -1', '/api/forecast?measure=encounters&horizon=-1', /^horizon: expected a whole number of months from 1 to 24, found "-1"$/],
  ['an unknown lang', '/api/series?measure=encounters&lang=xx', /lang: .*"en"\|"es"/],
  ['a lever out of its range', `/api/scenario?name=status-quo&levers=${encodeURIComponent('{"enforcementSouth":{"value":9,"from":"2021-04"}}')}`, /^invalid scenario in levers, field "levers\.enforcementSouth\.value": expected a number from 0\.5 to 3, found 9$/],
  ['levers neither JSON nor id=value', '/api/scenario?name=status-quo&levers=abc', /^a lever is written id=value or id=value:from\[:to\[:rampMonths\]\] \(months YYYY-MM\), not "abc"$/],
  ['levers that are broken JSON', `/api/scenario?name=status-quo&levers=${encodeURIComponent('{"enforcementSouth":')}`, /^levers: expected the levers as a JSON object, .* or as id=value pairs joined by commas, e\.g\. enforcementSouth=2, found "\{\\"enforcementSouth\\":", which is not valid JSON \(/],
  ['an as-of after the data', '/api/forecast?measure=encounters&where=geography=US-SWB&as-of=2030-01', /as-of 2030-01 is after the data: the latest month with figures is \d{4}-\d{2}/],
  // The fixture's HND figures run from 2021-10 to 2022-09 (FY2022).
  ['a corridor range after the data', '/api/corridor?citizenship=HND&from=2030-01', /^the range from 2030-01 is after the data: the corridor figures for HND end in 2022-09; start the range at 2022-09 or earlier$/],
  ['an impossible date (events)', '/api/events?from=2021-02-30', /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['year 0000 (events)', '/api/events?to=0000', /"0000" is outside the years corridor can hold/],
  ['a reversed range (events)', '/api/events?from=2024&to=2020', /the range is reversed: from 2024 comes after to 2020/],
  ['an impossible date (record)', '/api/record?to=2021-02-30', /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['year 0000 (record)', '/api/record?from=0000', /"0000" is outside the years corridor can hold/],
  ['a reversed range (record)', '/api/record?from=2021-06-02&to=2021-06-01', /the range is reversed: from 2021-06-02 comes after to 2021-06-01/],
  ['the same in Spanish (record)', '/api/record?from=2024&to=2020&lang=es', /^el rango está invertido: from 2024 viene después de to 2020$/],
  ['a corridor range before the data', '/api/corridor?citizenship=HND&from=2018-01&to=2019-12', /^the range from 2018-01 to 2019-12 is before the data: the corridor figures for HND start in 2021-10; end the range at 2021-10 or later$/],
];

describe('hostile input to the API', () => {
  it.each(CASES)('%s: 400 saying what is allowed', async (_what, path, message) => {
    const res = await f.app.request(path);
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(message);
  });

  it('answers them all in Spanish under lang=es, never an English message marked as such', async () => {
    for (const [, path] of CASES.filter(([, p]) => !/[?&]lang=/.test(p))) {
      const english = (await (await f.app.request(path)).json()).detail as string;
      const res = await f.app.request(`${path}&lang=es`);
      const detail = (await res.json()).detail as string;
      expect(res.status, path).toBe(400);
      expect(detail, path).not.toBe(english);
      expect(detail, path).not.toMatch(/inglés|patrón|\b(is|the|not|after|before|outside|one of)\b/);
    }
  });

  it('leaves the store file as it was', () => {
    expect(sha(f.path)).toBe(before);
  });

  it('still answers a corridor range that reaches into the data, with the months inside it', async () => {
    const res = await f.app.request('/api/corridor?citizenship=HND&from=2022-06&to=2030-01');
    expect(res.status).toBe(200);
    const swb = (await res.json()).entries.find((e: { id: string }) => e.id === 'swb-encounters');
    expect(swb.rows.map((r: { period: string }) => r.period)).toEqual(['2022-06-01', '2022-07-01', '2022-08-01', '2022-09-01']);
  });

  it('still answers the plain state code it was meant for', async () => {
    const res = await f.app.request('/api/series?measure=encounters&where=geography=OR');
    expect(res.status).toBe(200);
    expect((await res.json()).request.where.geography).toEqual(['US-OR']);
  });
});

describe('who the API answers', () => {
  it('answers any origin on /api/*, read-only, and answers the preflight', async () => {
    const res = await f.app.request('/api/measures', { headers: { Origin: 'https://notebook.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    const pre = await f.app.request('/api/series', { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('keeps what is not the API same-origin', async () => {
    const res = await f.app.request('/');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });

  it('answers only the host names it serves (DNS rebinding)', async () => {
    const ok = await fetch(`${server.url}/api/measures`);
    expect(ok.status).toBe(200);
    const bad = await rawRequest(`GET /api/measures HTTP/1.1\r\nHost: rebind.attacker.example:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(bad).toMatch(/^HTTP\/1\.1 421 /);
    expect(bad).toMatch(/content-security-policy: default-src 'self'/i);
    const local = await rawRequest(`GET /api/measures HTTP/1.1\r\nHost: localhost:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(local).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('knows which names a bind answers for', () => {
    expect(allowedHostsFor('127.0.0.1')).toEqual(['127.0.0.1', 'localhost', '[::1]', '::1']);
    expect(allowedHostsFor('10.1.2.3', ['corridor.example'])).toEqual(['10.1.2.3', 'corridor.example']);
    expect(allowedHostsFor('0.0.0.0')).toBeNull();
    expect(allowedHostsFor('0.0.0.0', ['Corridor.Example'])).toEqual(['corridor.example']);
  });

  it.each([
    ['headers over the limit', `GET /api/measures HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a malformed request line', 'THIS IS NOT HTTP\r\n\r\n', 400],
  ])("Node's own answer to %s carries the security headers", async (_what, raw, status) => {
    const answer = await rawRequest(raw);
    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(answer).toMatch(/Content-Security-Policy: default-src 'self'/);
    expect(answer).toMatch(/X-Content-Type-Options: nosniff/);
    expect(answer).toMatch(/"detail":/);
  });
});

function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (got += d));
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
  });
}
