/**
 * The real files: 25 shelters, each placed in an INEGI municipality, figures checked
 * against plain DuckDB SQL; then the five sources of this brief loaded together into a
 * store from the mirror, inegi-places first, as the ingest step would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.js';
import { openScratch } from '../../ingest/scratch.js';
import { openStore, rows } from '../../store/open.js';
import { querySeries } from '../../store/query/series.js';
import { describeMirror, MIRROR, mirrorPath } from '../../../test/mirror.js';
import { parseAllWith } from '../../../test/parse-context.js';
import inegiPlaces from '../inegi-places/index.js';
import mxStatesGeo from '../mx-states-geo/index.js';
import poderVacunas from '../poder-vacunas/index.js';
import whVaccines from '../wh-vaccines/index.js';
import type { ParsedSource } from '../types.js';
import adapter from './index.js';
import { DS } from './describe.js';

const paths = () => Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));

describeMirror('mx-shelters on the mirror files', () => {
  let parsed: ParsedSource;
  let sql: Record<string, unknown>;
  beforeAll(async () => {
    parsed = await parseAllWith(adapter, paths());
    const { scratch, close } = await openScratch();
    try {
      const reader = await scratch.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(capacidad)::INTEGER AS capacity, sum(disponibles)::INTEGER AS available,
          sum(capacidad) FILTER (WHERE municipio = 'Tijuana')::INTEGER AS tijuana
        FROM read_csv('${paths().shelters}')`);
      sql = reader.getRowObjects()[0];
    } finally {
      close();
    }
  });
  const sum = (dataset: string) => parsed.observations.filter((o) => o.dataset === dataset).reduce((s, o) => s + o.value!, 0);

  it('places all 25 shelters in INEGI municipalities of the six northern border states', () => {
    expect(parsed.places).toHaveLength(25);
    expect(sql.n).toBe(25);
    const parents = new Set(parsed.places!.map((p) => p.parents[0]));
    expect(parents.size).toBe(16);
    expect([...parents].every((c) => /^MX-(02|26|08|05|19|28)\d{3}$/.test(c))).toBe(true);
    expect(parsed.places!.filter((p) => p.parents[0] === 'MX-08037')).toHaveLength(3); // Ciudad Juárez
  });

  it('capacity 62,000 (24 shelters of 2,500 and one of 2,000: nominal) and places available as in plain SQL', () => {
    expect(sum(DS.capacity)).toBe(62_000);
    expect(sum(DS.capacity)).toBe(sql.capacity);
    expect(sum(DS.available)).toBe(sql.available);
    expect(parsed.observations.filter((o) => o.dataset === DS.capacity && o.value === 2500)).toHaveLength(24);
  });

  it('loads with inegi-places, mx-states-geo, wh-vaccines and poder-vacunas into one store', async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-mx-sources-')), 's.duckdb'));
    try {
      const outcomes = await ingest(store, [inegiPlaces, adapter, mxStatesGeo, whVaccines, poderVacunas], { origin: { mirror: MIRROR! } });
      expect(outcomes.map((o) => [o.source, o.status, o.error?.message])).toEqual([
        ['inegi-places', 'loaded', undefined], ['mx-shelters', 'loaded', undefined], ['mx-states-geo', 'loaded', undefined],
        ['wh-vaccines', 'loaded', undefined], ['poder-vacunas', 'loaded', undefined],
      ]);
      const series = async (measure: string, geography: string, grain: 'cy' | 'month' = 'cy') =>
        (await querySeries(store.conn, { measure, where: { geography: [geography] }, grain })).rows.map((r) => r.value);
      expect(await series('shelter-capacity', 'MX-02004')).toEqual([sql.tijuana]);
      expect(await series('population', 'MX')).toEqual([126_014_024]);
      expect(await series('population', 'MX-08')).toEqual([3_741_869]);
      expect(await rows(store.conn, "SELECT value FROM observations WHERE measure = 'vaccine-doses-donated' AND geography = 'MX' AND period = DATE '2021-08-03'")).toEqual([{ value: 4_049_000 }]);
      // A stock published by day rolls up to its level on the last day reported in the year.
      const donated = await querySeries(store.conn, { measure: 'vaccine-doses-donated', where: { geography: ['MX'], category: ['donor:USA'] }, grain: 'cy' });
      expect(donated.rows.map((r) => [r.period, r.value])).toEqual([['2021-01-01', 4_049_000]]);
      expect(await rows(store.conn, "SELECT count(*)::INTEGER AS n FROM place_shapes WHERE source_id = 'mx-states-geo'")).toEqual([{ n: 32 }]);
    } finally {
      store.close();
    }
  });
});
