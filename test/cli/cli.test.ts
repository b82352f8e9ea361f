import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, rows } from '../../src/store/open.js';
import { describeMirror, MIRROR } from '../mirror.js';

const db = join(mkdtempSync(join(tmpdir(), 'corridor-cli-')), 'cli.duckdb');

function corridor(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CORRIDOR_MIRROR: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corridor (no data needed)', () => {
  it('says there is no store yet, with exit code 2, and creates none', () => {
    const r = corridor('query', '--measure', 'encounters');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/there is no store at .*cli\.duckdb: run "corridor ingest" \(or "npm start"\) first/);
    expect(existsSync(db)).toBe(false);
  });
  it('rejects an unknown source in --only, naming the known ones', () => {
    const r = corridor('ingest', '--only', 'nope', '--from', '.');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/unknown source nope; known sources: cbp-sbo/);
  });
});

describeMirror('corridor on the mirror', () => {
  it('ingests a source, then prints sources, measures and a series as JSON', async () => {
    const ingest = corridor('ingest', '--from', MIRROR!, '--only', 'cbp-sbo', '--format', 'json');
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.out)).toEqual([expect.objectContaining({ source: 'cbp-sbo', status: 'loaded', observations: 1936 })]);
    // A store whose claim vocabulary is an older version's: an unchanged load brings it up to date (and publishes it).
    const old = await openStore(db);
    await old.conn.run("DELETE FROM terms WHERE code = 'vaccine-doses-donated' AND term = 'doses from the us'");
    old.close();
    const again = corridor('ingest', '--from', MIRROR!, '--only', 'cbp-sbo', '--format', 'json');
    expect(JSON.parse(again.out)[0].status).toBe('unchanged');
    const now = await openStore(db, { readOnly: true });
    expect(await rows(now.conn, "SELECT 1 FROM terms WHERE code = 'vaccine-doses-donated' AND term = 'doses from the us'")).toHaveLength(1);
    now.close();

    const sources = JSON.parse(corridor('sources', '--format', 'json').out);
    expect(sources[0]).toMatchObject({ id: 'cbp-sbo', publisher: expect.stringMatching(/Customs and Border Protection/), vintages: 1, observations: 1936 });

    const measures = JSON.parse(corridor('measures', '--format', 'json').out);
    expect(measures.find((m: { id: string }) => m.id === 'encounters').definition_es).toMatch(/eventos, no personas/i);

    const series = JSON.parse(corridor('query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--where', 'citizenship=Honduras', '--grain', 'fy', '--from', '2023', '--to', '2023', '--format', 'json').out);
    expect(series.rows).toEqual([expect.objectContaining({ period: '2022-10-01', keys: { geography: 'US-SWB', citizenship: 'HND' }, value: 213_686, source: 'cbp-sbo' })]);

    const bad = corridor('query', '--measure', 'encounters', '--where', 'colour=blue');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown dimension "colour": use one of geography, citizenship/);

    const csv = corridor('query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--by', 'component', '--from', '2024-10', '--to', '2024-10', '--format', 'csv');
    // complete is true or false, as /api/export writes it, with the parts behind it: it was left blank for a
    // complete row, which a CSV reader gets as '' and cannot tell from a missing cell.
    expect(csv.out.trim().split('\n')).toEqual([
      'period,period_label,grain,geography,geography_label,component,component_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding',
      '2024-10-01,2024-10,month,US-SWB,Southwest land border,OFO,Office of Field Operations,49801,true,1,1,cbp-sbo,cbp-sbo/sw-monthly,1,1',
      '2024-10-01,2024-10,month,US-SWB,Southwest land border,USBP,U.S. Border Patrol,56520,true,1,1,cbp-sbo,cbp-sbo/sw-monthly,1,1',
    ]);
  });
});
