/**
 * The real file: the fact sheet's printed total and the figures for Mexico and
 * northern Central America, each computed again here with plain DuckDB SQL.
 */
import { beforeAll, expect, it } from 'vitest';
import { openScratch } from '../../ingest/scratch.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const RELATIVE = adapter.describe.files[0].mirrorPath;

describeMirror('wh-vaccines on the mirror file', () => {
  let obs: Observation[] = [];
  const sql = new Map<string, number>();
  beforeAll(async () => {
    obs = await parseWith(adapter, { donations: mirrorPath(RELATIVE) });
    const { scratch, close } = await openScratch();
    try {
      const reader = await scratch.runAndReadAll(`SELECT recipient_iso3 AS iso3, sum(doses_donated_and_shipped)::BIGINT AS n
        FROM read_csv('${mirrorPath(RELATIVE)}') GROUP BY ALL`);
      for (const r of reader.getRowObjects()) sql.set(String(r.iso3), Number(r.n));
    } finally {
      close();
    }
  });
  const doses = (geography: string) => obs.find((o) => o.geography === geography)?.value;

  it('has 65 recipients adding up to 111,701,000, the total printed in the fact sheet', () => {
    expect(obs).toHaveLength(65);
    expect(obs.every((o) => o.value !== null && o.period === '2021-08-03')).toBe(true);
    const total = obs.reduce((s, o) => s + o.value!, 0);
    expect(total).toBe(111_701_000);
    expect([...sql.values()].reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('Mexico 4,049,000; Guatemala 4,500,000; Honduras 3,000,000; El Salvador 3,000,000', () => {
    expect(doses('MX')).toBe(4_049_000);
    expect(doses('GTM')).toBe(4_500_000);
    expect(doses('HND')).toBe(3_000_000);
    expect(doses('SLV')).toBe(3_000_000);
    for (const [iso3, geography] of [['MEX', 'MX'], ['GTM', 'GTM'], ['HND', 'HND'], ['SLV', 'SLV']]) expect(doses(geography)).toBe(sql.get(iso3));
  });
});
