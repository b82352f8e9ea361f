/**
 * The real package files from the data mirror: the published Mexico figures through
 * the store's default query, and every total checked against plain DuckDB SQL on
 * the same CSV files.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.js';
import { openScratch } from '../../ingest/scratch.js';
import { openStore, type Store } from '../../store/open.js';
import { querySeries } from '../../store/query/series.js';
import { MIRROR, describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const DIR = 'unhcr/unhcr_refugees_rpkg';
const file = (object: string) => `read_csv('${mirrorPath(`${DIR}/${object}.csv`)}')`;
const americas = () => `(SELECT iso_code FROM ${file('countries')} WHERE unsd_region = 'Americas' OR unhcr_region = 'The Americas')`;
const inScope = () => `(coo_iso IN ${americas()} OR coa_iso IN ${americas()})`;

async function sql(query: string): Promise<Record<string, unknown>[]> {
  const { scratch, close } = await openScratch();
  try {
    return (await scratch.runAndReadAll(query)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } finally {
    close();
  }
}

const total = (obs: Observation[], keep: (o: Observation) => boolean) => obs.filter(keep).reduce((s, o) => s + (o.value ?? 0), 0);

describeMirror('unhcr on the mirror files', () => {
  let obs: Observation[];
  let seconds: number;
  let store: Store;
  beforeAll(async () => {
    const paths = Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
    const start = performance.now();
    obs = await parseWith(adapter, paths);
    seconds = (performance.now() - start) / 1000;
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-unhcr-')), 'store.duckdb'));
    const [outcome] = await ingest(store, [adapter], { origin: { mirror: MIRROR! } });
    expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  });
  afterAll(() => store?.close());

  it('parses the five files into a bounded number of cells', () => {
    console.info(`unhcr: ${obs.length} observations parsed in ${seconds.toFixed(1)} s`);
    expect(obs).toHaveLength(164_189);
    expect(obs.filter((o) => o.value === null)).toHaveLength(0); // the release has no missing figure, only fillers
    const years = [...new Set(obs.map((o) => o.period))].sort();
    expect([years[0], years.at(-1)]).toEqual(['1951-01-01', '2025-01-01']);
  });

  it('asylum applications lodged in Mexico, by the default query (persons, every category)', async () => {
    const s = await querySeries(store.conn, { measure: 'asylum-applications', where: { geography: ['MX'] }, grain: 'cy', from: '2019-01-01' });
    const byYear = Object.fromEntries(s.rows.map((r) => [r.period.slice(0, 4), r.value]));
    expect(byYear).toMatchObject({ 2019: 70_363, 2021: 131_418, 2023: 140_979, 2024: 78_966, 2025: 70_482 });
    expect(new Set(s.rows.map((r) => r.dataset))).toEqual(new Set(['unhcr/asylum-applications']));
    const plain = await sql(`SELECT year::VARCHAR AS year, sum(applied)::BIGINT AS n FROM ${file('asylum_applications')}
      WHERE coa_iso = 'MEX' AND app_pc = 'P' AND year >= 2019 GROUP BY ALL ORDER BY year`);
    expect(Object.fromEntries(plain.map((r) => [r.year, r.n]))).toEqual(byYear);
  });

  it('top origins of 2021 applications in Mexico: Haiti, Honduras, Cuba', async () => {
    const s = await querySeries(store.conn, { measure: 'asylum-applications', where: { geography: ['MX'] }, by: ['citizenship'], grain: 'cy', from: '2021-01-01', to: '2021-01-01' });
    const top = [...s.rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, 3).map((r) => [r.keys.citizenship, r.value]);
    expect(top).toEqual([['HTI', 51_827], ['HND', 36_361], ['CUB', 8_319]]);
  });

  it('refugees and asylum-seekers hosted by Mexico and by the US, 2024, as a plain SQL sum gives them', async () => {
    const plain = await sql(`SELECT coa_iso, sum(refugees)::BIGINT AS refugees, sum(asylum_seekers)::BIGINT AS asylum_seekers
      FROM ${file('population')} WHERE year = 2024 AND coa_iso IN ('MEX', 'USA') GROUP BY ALL ORDER BY coa_iso`);
    for (const [geography, iso] of [['MX', 'MEX'], ['US', 'USA']]) {
      const row = plain.find((r) => r.coa_iso === iso)!;
      for (const [measure, column] of [['unhcr-refugees', 'refugees'], ['unhcr-asylum-seekers', 'asylum_seekers']]) {
        const s = await querySeries(store.conn, { measure, where: { geography: [geography] }, grain: 'cy', from: '2024-01-01', to: '2024-01-01' });
        expect([geography, measure, s.rows[0].value]).toEqual([geography, measure, row[column]]);
      }
    }
  });

  it('Venezuelan refugees everywhere (origin side: both tables), 2024, as in SQL', async () => {
    const [{ n }] = await sql(`SELECT sum(refugees)::BIGINT AS n FROM ${file('population')} WHERE year = 2024 AND coo_iso = 'VEN'`);
    const mine = total(obs, (o) => o.period === '2024-01-01' && o.citizenship === 'VEN' && o.dataset.startsWith('unhcr/refugees'));
    expect(mine).toBe(n);
    expect(n).toBeGreaterThan(100_000);
  });

  it('every column of every file adds up to the plain SQL sum over the rows in scope', async () => {
    const checks: [string, string, (o: Observation) => boolean][] = [
      ...['refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst'].map(
        (c): [string, string, (o: Observation) => boolean] => ['population', c, (o) => o.at?.file === 'population.csv' && o.at.column === c],
      ),
      ...['refugees', 'asylum_seekers', 'refugee_like', 'oip'].map((c): [string, string, (o: Observation) => boolean] => ['flows', c, (o) => o.at?.file === 'flows.csv' && o.at.column === c]),
      ...['resettlement', 'naturalisation'].map((c): [string, string, (o: Observation) => boolean] => ['solutions', c, (o) => o.at?.file === 'solutions.csv' && o.at.column === c]),
      ['asylum_applications', "sum(applied) FILTER (WHERE app_pc = 'P')", (o) => o.dataset.startsWith('unhcr/asylum-applications') && !o.dataset.includes('cases')],
      ['asylum_applications', "sum(applied) FILTER (WHERE app_pc = 'C')", (o) => o.dataset.startsWith('unhcr/asylum-applications-cases')],
      ...['dec_recognized', 'dec_other', 'dec_rejected', 'dec_closed', 'dec_total'].map(
        (c): [string, string, (o: Observation) => boolean] => ['asylum_decisions', c, (o) => o.at?.file === 'asylum_decisions.csv' && o.at.column === c],
      ),
    ];
    const select = checks.map(([, c], i) => `${c.startsWith('sum(') ? c : `sum(${c}::BIGINT)`}::BIGINT AS c${i}`);
    const sums = new Map<string, number>();
    for (const object of [...new Set(checks.map(([f]) => f))]) {
      const [row] = await sql(`SELECT ${checks.map((c, i) => (c[0] === object ? select[i] : null)).filter(Boolean).join(', ')} FROM ${file(object)} WHERE ${inScope()}`);
      for (const [k, v] of Object.entries(row)) sums.set(k, Number(v ?? 0));
    }
    const mismatches = checks.flatMap(([f, c, keep], i) => (total(obs, keep) === sums.get(`c${i}`) ? [] : [`${f} ${c}: ${total(obs, keep)} vs ${sums.get(`c${i}`)}`]));
    expect(mismatches).toEqual([]);
    expect(sums.get('c0')).toBeGreaterThan(0);
  });

  it('declares every table the observations use; seven are empty in this release', () => {
    const used = new Set(obs.map((o) => o.dataset));
    const empty = adapter.describe.datasets.map((d) => d.id).filter((id) => !used.has(id));
    expect(empty.sort()).toEqual([
      'unhcr/host-community-from-americas', 'unhcr/idps-from-americas', 'unhcr/new-other-in-need-from-americas',
      'unhcr/other-in-need-from-americas', 'unhcr/returned-idps', 'unhcr/returned-idps-from-americas', 'unhcr/stateless-from-americas',
    ]);
  });
});
