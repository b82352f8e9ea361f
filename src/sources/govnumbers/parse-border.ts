/**
 * Southwest land border encounters. border_encounters.json holds the whole monthly
 * series, but it joins two publishers with different rounding: OHSS (to the nearest 10)
 * through Sep 2022, which border_ohss_backfill.json holds on its own, and CBP
 * (unrounded) after. So the OHSS months come from the backfill, the later months from
 * border_encounters.json, and every month the two files share must agree.
 */
import { InputError, shown } from '../../errors.js';
import { observation, type LocalFile, type Observation, type ParseContext } from '../types.js';
import { readJson } from './json.js';
import { BorderEncounters, OhssBackfill, type Series } from './schemas.js';
import { DS } from './describe.js';
import { Seen } from '../read/seen.js';
import type { z } from 'zod';

const DIMS = { geography: 'US-SWB' };

type Point = { period: string; value: number | null; column: string };

/** The series as periods, with no month twice. */
function points(file: LocalFile, series: z.output<typeof Series>): Point[] {
  const seen = new Seen('month');
  return series.map((p, i) => {
    const column = `series[${i}].date`;
    seen.add(p.date, { file: file.name, column }, p.date);
    return { period: `${p.date}-01`, value: p.value, column: `series[${i}].value` };
  });
}

export async function parseBorder(ctx: ParseContext): Promise<Observation[]> {
  const live = ctx.files['border-encounters'];
  const backfill = ctx.files['ohss-backfill'];
  const ohss = points(backfill, (await readJson(backfill, OhssBackfill)).series);
  const all = points(live, (await readJson(live, BorderEncounters)).series);
  const ohssByPeriod = new Map(ohss.map((p) => [p.period, p]));
  const lastOhss = ohss.reduce((m, p) => (p.period > m ? p.period : m), '');
  for (const p of ohss) {
    if (p.value !== null && p.value % 10 !== 0) throw new InputError({ file: backfill.name, column: p.column }, 'a multiple of 10 (OHSS rounds to the nearest 10)', String(p.value), 'unrounded OHSS value');
  }
  const cbp: Point[] = [];
  for (const p of all) {
    if (p.period > lastOhss) {
      cbp.push(p);
      continue;
    }
    const o = ohssByPeriod.get(p.period);
    if (!o || o.value !== p.value) {
      const expected = o ? `${shown(o.value)}, as in ${backfill.name} ${o.column}` : `a month that ${backfill.name} also has (it covers OHSS months to ${lastOhss.slice(0, 7)})`;
      throw new InputError({ file: live.name, column: o ? p.column : p.column.replace('.value', '.date') }, expected, o ? shown(p.value) : shown(p.period.slice(0, 7)), 'files disagree');
    }
  }
  return [
    ...ohss.map((p) => observation(DS.swOhss, p.period, p.value, DIMS, { file: backfill.name, column: p.column })),
    ...cbp.map((p) => observation(DS.swCbp, p.period, p.value, DIMS, { file: live.name, column: p.column })),
  ];
}
