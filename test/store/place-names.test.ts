/**
 * A place's name in a filter means the same place on every store, whatever order its
 * places table is in: a name a state shares with a locality (Chiapas: MX-07, and an INEGI
 * locality in the municipality of Las Margaritas) means the state, on the command line, in
 * the API and in a server's catalogue held in memory; a name several places at the same
 * level share is refused with their codes. And when an answer has no row, the command line
 * says why the tables said (not "ask by month" for a measure published by month).
 *
 * The store is made as an ingest makes it: the source's places are written first, then the
 * code-defined places again (src/store/write-vintage.ts), so a scan meets the locality named
 * Chiapas before the state. Before the fix, "the first match in the table's order" read
 * geography=Chiapas as MX-070520028 and the answer was empty.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { UsageError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { Place } from '../../src/model/index.js';
import { observation as o, type SourceAdapter } from '../../src/sources/types.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { invalidateQueryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';
import { whyNoRows } from '../../src/store/query/no-rows.js';
import { call } from '../api/fixture-store.js';

const place = (code: string, level: Place['level'], name: string, parent: string): Place => ({ code, level, label: { en: name, es: name }, parents: [parent] });

/** Apprehensions in Chiapas by month (2019), and the places INEGI's catalogue adds. */
const toyMx: SourceAdapter = {
  describe: {
    id: 'toy-mx', title: { en: 't', es: 't' }, publisher: { en: 'tests', es: 'pruebas' }, landingPage: 'http://127.0.0.1/', licence: { en: 'test', es: 'prueba' }, coverage: { en: 'test', es: 'prueba' },
    thirdParty: false, files: [],
    datasets: [
      { id: 'toy-mx/by-state', title: { en: 't', es: 't' }, measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 1 },
      { id: 'toy-mx/beds', title: { en: 't', es: 't' }, measure: 'toy-beds', grain: 'cy', complete: [], rounding: 1 },
    ],
    measures: [{ id: 'toy-beds', label: { en: 'Beds', es: 'Camas' }, definition: { en: 'Beds.', es: 'Camas.' }, unit: 'beds' }],
  },
  parse: async () => ({
    observations: [
      ...Array.from({ length: 12 }, (_, i) => o('toy-mx/by-state', `2019-${String(i + 1).padStart(2, '0')}-01`, 100 + i, { geography: 'MX-07' })),
      o('toy-mx/beds', '2019-01-01', 40, { geography: 'MX-07' }),
    ],
    places: [
      place('MX-07052', 'municipality', 'Las Margaritas', 'MX-07'),
      place('MX-070520028', 'locality', 'Chiapas', 'MX-07052'),
      place('MX-07089', 'municipality', 'Tapachula', 'MX-07'),
      place('MX-070520001', 'locality', 'Villa Juárez', 'MX-07052'),
      place('MX-070890002', 'locality', 'Villa Juarez', 'MX-07089'),
    ],
  }),
};

let dir: string;
let db: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-place-names-'));
  db = join(dir, 's.duckdb');
  const writer = await openStore(db);
  try {
    const [outcome] = await ingest(writer, [toyMx], { origin: { mirror: tmpdir() } });
    expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  } finally {
    writer.close();
  }
  store = await openStore(db, { readOnly: true });
});
afterAll(() => store?.close());

const codeOf = async (value: string) => (await buildRequest(store.conn, { measure: 'encounters', where: [`geography=${value}`] })).where!.geography;

async function refusal(value: string): Promise<UsageError> {
  const e = await codeOf(value).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UsageError);
  return e as UsageError;
}

describe('a place name shared by places at different levels', () => {
  it('is met in the store after the locality (the order that made the state lose)', async () => {
    const scanned = await rows<{ code: string }>(store.conn, "SELECT code FROM places WHERE label_en = 'Chiapas'");
    expect(scanned.map((r) => r.code)).toEqual(['MX-070520028', 'MX-07']);
  });

  it('means the higher place, the state, read from the store and from a catalogue held in memory', async () => {
    invalidateQueryCatalogue(store.conn);
    expect(await codeOf('Chiapas')).toEqual(['MX-07']);
    expect(await codeOf('chiapas')).toEqual(['MX-07']);
    await warmQueryCatalogue(store.conn);
    expect(await codeOf('Chiapas')).toEqual(['MX-07']);
    // The locality is still reached by its code.
    expect(await codeOf('MX-070520028')).toEqual(['MX-070520028']);
    const r = await querySeries(store.conn, await buildRequest(store.conn, { measure: 'encounters', where: ['geography=Chiapas'], grain: 'cy' }));
    expect(r.rows.map((x) => [x.period, x.keys.geography, x.value])).toEqual([['2019-01-01', 'MX-07', 12 * 100 + 66]]);
  });

  it('is refused when places at the same level share it, naming each with its code, kind and where it lies (EN and ES)', async () => {
    const e = await refusal('Villa Juárez');
    expect(e.message).toBe(
      '"Villa Juárez" is ambiguous: 2 places at the same level share that name: MX-070520001 (locality in MX-07052 Las Margaritas); MX-070890002 (locality in MX-07089 Tapachula). Give the code of the one you mean ("corridor dimensions geography" lists them)',
    );
    expect(e.es).toBe(
      '"Villa Juárez" es ambiguo: 2 lugares del mismo nivel comparten ese nombre: MX-070520001 (localidad, en MX-07052 Las Margaritas); MX-070890002 (localidad, en MX-07089 Tapachula). Indique el código del que busca ("corridor dimensions geography" los lista)',
    );
    // A municipality and the code-defined border city both lie directly in Chiapas: the same level.
    expect((await refusal('Tapachula')).message).toMatch(/^"Tapachula" is ambiguous: 2 places at the same level share that name: MX-07089 \(municipality in MX-07 Chiapas\); MXC-TAPACHULA \(border city in MX-07 Chiapas\)\. /);
  });

  it('means the state in the API, in English and Spanish', async () => {
    const app = createApp({ cache: false, versionTtlMs: 0, logError: () => {}, conn: store.conn });
    for (const lang of ['en', 'es']) {
      const r = await call(app, `/api/series?measure=encounters&where=geography=Chiapas&grain=cy&lang=${lang}`);
      expect(r.status).toBe(200);
      expect(r.json.request.where).toEqual({ geography: ['MX-07'] });
      expect(r.json.rows.map((x: { value: number }) => x.value)).toEqual([1266]);
    }
    const refused = await call(app, '/api/series?measure=encounters&where=geography=Villa%20Juarez&lang=es');
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('MX-070520001');
  });
});

describe('an answer with no row', () => {
  it('gives the reason the tables gave, not a grain to ask for, when the grain is not why (EN and ES)', async () => {
    const r = await querySeries(store.conn, await buildRequest(store.conn, { measure: 'encounters', where: ['geography=MX-070520028'], grain: 'cy' }));
    expect(r.rows).toEqual([]);
    const why = await whyNoRows(store.conn, r);
    expect(why?.en).toBe('No rows: the only table of encounters (toy-mx/by-state) cannot answer: it has no figure for geography MX-070520028.');
    expect(why?.es).toBe('Sin filas: la única tabla de encounters (toy-mx/by-state) no puede responder: no tiene cifras para la geografía MX-070520028.');
  });

  it('says at which grain the measure is published when the grain is why (EN and ES)', async () => {
    const r = await querySeries(store.conn, { measure: 'toy-beds', where: { geography: ['MX-07'] }, grain: 'fy' });
    expect(r.rows).toEqual([]);
    const why = await whyNoRows(store.conn, r);
    expect(why?.en).toBe('No rows: toy-beds is published by calendar year (--grain cy), not by US fiscal year (--grain fy): ask again with --grain cy.');
    expect(why?.es).toBe('Sin filas: toy-beds se publica por año calendario (--grain cy), no por año fiscal de EE. UU. (--grain fy): pregunte de nuevo con --grain cy.');
    // A measure published by month answers by year: no grain to change there.
    const monthly = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['MX-07'] }, grain: 'fy' });
    expect(monthly.rows.length).toBeGreaterThan(0);
  });
});

describe('corridor query on that store', () => {
  const corridor = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CORRIDOR_MIRROR: '' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('answers for Chiapas by calendar year', () => {
    const r = corridor('query', '--measure', 'encounters', '--where', 'geography=Chiapas', '--grain', 'cy', '--explain');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^2019\s+MX-07 Chiapas\s+1,266\s/m);
  });

  it('says the true reason for an empty answer, in English and Spanish', () => {
    const en = corridor('query', '--measure', 'encounters', '--where', 'geography=MX-070520028', '--grain', 'cy');
    expect(en.err).toBe('No rows: the only table of encounters (toy-mx/by-state) cannot answer: it has no figure for geography MX-070520028.\n');
    const es = corridor('query', '--measure', 'encounters', '--where', 'geography=MX-070520028', '--grain', 'cy', '--lang', 'es');
    expect(es.err).toBe('Sin filas: la única tabla de encounters (toy-mx/by-state) no puede responder: no tiene cifras para la geografía MX-070520028.\n');
  });
});
