/**
 * ICE annual figures the dashboard backfilled by hand from ICE annual reports:
 * removals by fiscal year, and detention average daily population by fiscal year with
 * its split by arresting agency (CBP, ICE).
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { fyStart } from '../read/periods.js';
import { readJson } from './json.js';
import { IceAdpAnnual, IceRemovalsAnnual } from './schemas.js';
import { ARREST, DS } from './describe.js';
import { Seen } from '../read/seen.js';

const DIMS = { geography: 'US', component: 'ICE' };

export async function parseRemovals(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files['ice-removals'];
  const { annual } = await readJson(file, IceRemovalsAnnual);
  const years = new Seen('fiscal year');
  return annual.map((r, i) => {
    const at = (key: string) => ({ file: file.name, column: `annual[${i}].${key}` });
    years.add(String(r.fy), at('fy'), `FY${r.fy}`);
    // Each value cites its report: a citation of another year means a misplaced value.
    if (!new RegExp(`\\bFY\\s?${r.fy}\\b`).test(r.source)) throw new InputError(at('source'), `a report for FY${r.fy}`, shown(r.source), 'source does not match the year');
    return observation(DS.removals, fyStart(r.fy), r.value, DIMS, at('value'));
  });
}

export async function parseAdp(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files['ice-adp'];
  const data = await readJson(file, IceAdpAnnual);
  const out: Observation[] = [];
  for (const [year, total] of Object.entries(data.adp_by_fy)) {
    const period = fyStart(Number(year));
    const at = (column: string) => ({ file: file.name, column });
    out.push(observation(DS.adp, period, total, DIMS, at(`adp_by_fy["${year}"]`)));
    const parts = data.components_cbp_plus_ice[year];
    if (!parts) continue;
    const column = `components_cbp_plus_ice["${year}"]`;
    if (parts[0] + parts[1] !== total) throw new InputError(at(column), `two parts that add up to ${total} (adp_by_fy["${year}"])`, shown(parts), 'parts do not add up');
    out.push(observation(DS.adp, period, parts[0], { ...DIMS, category: ARREST.cbp }, at(`${column}[0]`)));
    out.push(observation(DS.adp, period, parts[1], { ...DIMS, category: ARREST.ice }, at(`${column}[1]`)));
  }
  for (const year of Object.keys(data.components_cbp_plus_ice)) {
    if (!(year in data.adp_by_fy)) throw new InputError({ file: file.name, column: `components_cbp_plus_ice["${year}"]` }, 'a year that adp_by_fy also has', shown(year), 'parts without a total');
  }
  return out;
}
