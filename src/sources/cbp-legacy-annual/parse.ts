/**
 * All of Kaplan's tables this source reads, as observations.
 */
import type { Observation, ParseContext } from '../types.js';
import { DS } from './describe.js';
import { parseNationwide } from './parse-nationwide.js';
import { parseSectorYears } from './parse-sector-years.js';
import { parseMonthly } from './parse-monthly.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const parts = [
    await parseNationwide(ctx),
    await parseSectorYears(ctx, { fileId: 'southwest', valueColumn: 'total_apprehensions', datasets: { sector: DS.swSectors, region: DS.swTotal }, swOnly: true, component: 'USBP' }),
    await parseMonthly(ctx),
    await parseSectorYears(ctx, { fileId: 'deaths', valueColumn: 'deaths', datasets: { sector: DS.deathsSectors, region: DS.deathsTotal }, swOnly: true, component: 'USBP' }),
    await parseSectorYears(ctx, { fileId: 'staffing', valueColumn: 'number_of_agents', datasets: { sector: DS.agentsSectors, region: DS.agentsRegions, country: DS.agentsNationwide }, swOnly: false, component: 'USBP' }),
  ];
  return parts.flat();
}
