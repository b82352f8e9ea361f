/**
 * The real file: every agreement, the US donations, and the total, each computed again
 * here with plain DuckDB SQL.
 */
import { beforeAll, expect, it } from 'vitest';
import { openScratch } from '../../ingest/scratch.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const RELATIVE = adapter.describe.files[0].mirrorPath;

describeMirror('poder-vacunas on the mirror file', () => {
  let obs: Observation[] = [];
  let sql: Record<string, unknown>[] = [];
  beforeAll(async () => {
    obs = await parseWith(adapter, { contracts: mirrorPath(RELATIVE) });
    const { scratch, close } = await openScratch();
    try {
      const reader = await scratch.runAndReadAll(`SELECT
          sum(CONTRACT_AMOUNT)::BIGINT AS total,
          sum(CONTRACT_AMOUNT) FILTER (WHERE PROCUREMENT_METHOD = 'DONACION')::BIGINT AS donated,
          sum(CONTRACT_AMOUNT) FILTER (WHERE CONTRACT_TITLE LIKE '%ESTADOS UNIDOS')::BIGINT AS us,
          count(*) FILTER (WHERE CONTRACT_CURRENCY <> 'DOSIS')::INTEGER AS not_doses,
          count(*)::INTEGER AS n
        FROM read_csv('${mirrorPath(RELATIVE)}', all_varchar = false)`);
      sql = reader.getRowObjects();
    } finally {
      close();
    }
  });
  const sum = (keep: (o: Observation) => boolean) => obs.filter(keep).reduce((s, o) => s + o.value!, 0);
  const us = (o: Observation) => o.category.endsWith('-us-government');

  it('has 15 agreements, all in doses, none blank, dated Oct 2020 to Aug 2022', () => {
    expect(obs).toHaveLength(15);
    expect(sql[0]).toMatchObject({ n: 15, not_doses: 0 });
    expect(obs.every((o) => o.value !== null)).toBe(true);
    const days = obs.map((o) => o.period).sort();
    expect([days[0], days.at(-1)]).toEqual(['2020-10-12', '2022-08-10']);
  });

  it('US donations: AstraZeneca 9,386,800; Janssen 1,350,000; Moderna 3,500,000', () => {
    const value = (c: string) => obs.find((o) => o.category === c)?.value;
    expect(value('vaccine-supplier:astrazeneca-us-government')).toBe(9_386_800);
    expect(value('vaccine-supplier:janssen-us-government')).toBe(1_350_000);
    expect(value('vaccine-supplier:moderna-us-government')).toBe(3_500_000);
    expect(sum(us)).toBe(14_236_800);
    expect(sum(us)).toBe(Number(sql[0].us));
  });

  it('totals agree with plain SQL: all agreements and donations', () => {
    expect(sum(() => true)).toBe(Number(sql[0].total));
    expect(sum((o) => /-(us|canada|south-korea)-government$|-manufacturer$/.test(o.category))).toBe(Number(sql[0].donated));
    expect(Number(sql[0].donated)).toBe(20_812_800);
  });
});
