/**
 * `corridor sources` on a small store (test/api/fixture-store.ts: a source loaded twice with
 * a revised file, so it has a diff) plus a source of boundaries and no figures, as
 * mx-states-geo is: the diff's columns in the language asked for, every one of them; a
 * source without a period says what it holds instead of "? to ?".
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import type { SourceAdapter } from '../../src/sources/types.js';
import { openStore } from '../../src/store/open.js';
import { buildFixtureStore } from '../api/fixture-store.js';

/** Two states' outlines and no figure, as mx-states-geo loads them. */
const map: SourceAdapter = {
  describe: {
    id: 'toy-map', title: { en: 'Outlines', es: 'Contornos' }, publisher: { en: 'tests', es: 'pruebas' }, landingPage: 'http://127.0.0.1/', licence: { en: 'test', es: 'prueba' },
    coverage: { en: 'two states', es: 'dos estados' }, thirdParty: false, files: [], datasets: [],
  },
  parse: async () => ({
    observations: [],
    shapes: [
      { code: 'MX-07', geometry: { type: 'Polygon', coordinates: [[[-92, 15], [-91, 15], [-91, 16], [-92, 15]]] } },
      { code: 'MX-27', geometry: { type: 'Polygon', coordinates: [[[-93, 17], [-92, 17], [-92, 18], [-93, 17]]] } },
    ],
  }),
};

let db: string;
beforeAll(async () => {
  db = await buildFixtureStore();
  const store = await openStore(db);
  try {
    const [outcome] = await ingest(store, [map], { origin: { mirror: '/nonexistent' } });
    expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  } finally {
    store.close();
  }
});

function corridor(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CORRIDOR_MIRROR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corridor sources --diff', () => {
  it('heads every column in Spanish with --lang es, in a table and in CSV', () => {
    const es = corridor('sources', '--diff', '--lang', 'es');
    expect(es.code, es.err).toBe(0);
    const [head, , row] = es.out.split('\n');
    expect(head.trim().split(/\s{2,}/)).toEqual(['fuente', 'versiones', 'tabla', 'añadidas', 'quitadas', 'revisadas', 'sin cambios']);
    expect(row.trim().split(/\s{2,}/)).toEqual(['toy', '1 -> 4', 'toy/monthly', '1', '0', '1', '3']);
    const csv = corridor('sources', '--diff', '--lang', 'es', '--format', 'csv');
    expect(csv.out.split('\n')[0]).toBe('fuente,versiones,tabla,añadidas,quitadas,revisadas,sin cambios');
  });

  it('heads them in English by default, and keeps the field names in JSON', () => {
    const en = corridor('sources', '--diff');
    expect(en.out.split('\n')[0].trim().split(/\s{2,}/)).toEqual(['source', 'vintages', 'dataset', 'added', 'removed', 'revised', 'unchanged']);
    const json = JSON.parse(corridor('sources', '--diff', '--lang', 'es', '--format', 'json').out);
    expect(json[0]).toMatchObject({ source: 'toy', older: 1, newer: 4, tables: [{ dataset: 'toy/monthly', added: 1, removed: 0, revised: 1, unchanged: 3 }] });
  });
});

describe('corridor sources, a source with no period', () => {
  it('says it holds boundaries for maps and no figures, not "? to ?" (EN and ES, table and CSV)', () => {
    const en = corridor('sources');
    expect(en.out).not.toContain('?');
    expect(en.out).toMatch(/^ {2}coverage: {3}two states \[no period: 2 boundaries for maps, no figures\]$/m);
    expect(en.out).toMatch(/^ {2}coverage: {3}.*\[data 2020-10 to 2020-12\]$/m);
    const es = corridor('sources', '--lang', 'es');
    expect(es.out).toMatch(/^ {2}cobertura: {2}dos estados \[sin periodo: 2 límites para mapas, sin cifras\]$/m);
    const csv = corridor('sources', '--format', 'csv').out.split('\n').find((l) => l.startsWith('toy-map,'));
    expect(csv).toContain(',"no period: 2 boundaries for maps, no figures",0,');
  });
});
