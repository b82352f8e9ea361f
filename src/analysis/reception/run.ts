/**
 * What the faces call: a plan (or a what-if) from the store and the user's files.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { gatherInput, readSites, type PlanOptions } from './inputs.js';
import { makePlan, type Plan } from './plan.js';
import { shelterDetail } from './shelter-detail.js';
import { applyWhatIf, compareWhatIf, type WhatIfResult } from './whatif.js';
import { borderCities } from './cities.js';
import { rows } from '../../store/open.js';
import type { Bilingual } from '../../model/index.js';

export type { PlanOptions } from './inputs.js';
export type { Plan } from './plan.js';

export async function receptionPlan(conn: DuckDBConnection, opts: PlanOptions): Promise<Plan> {
  const { input, assumptions, forecast, engine } = await gatherInput(conn, opts);
  const plan = await makePlan(input, assumptions);
  return { ...plan, sources: await sourcesRead(conn, opts, engine?.datasets ?? []), ...(forecast ? { forecast } : {}), shelter: shelterDetail(input, plan) };
}

/** The newest vintage of each store source a plan reads (with the scenario engine's, named by their datasets 'source/table'). */
async function sourcesRead(conn: DuckDBConnection, opts: PlanOptions, engineDatasets: string[]): Promise<{ source: string; vintage: number }[]> {
  const engineSources = [...new Set(engineDatasets.map((d) => d.split('/')[0]))];
  const ids = [...new Set(['inegi-places', 'ice-foia', ...(opts.scenario ? [] : ['inm-ianami']), ...(opts.registry ? [] : ['mx-shelters']), ...engineSources])];
  const found = await rows<{ source: string; vintage: number }>(conn, `SELECT source_id AS source, max(id)::INT AS vintage FROM vintages WHERE source_id IN (${ids.map(() => '?').join(', ')}) GROUP BY source_id ORDER BY source_id`, ids);
  return found.map((r) => ({ source: r.source, vintage: Number(r.vintage) }));
}

export interface WhatIfOptions {
  addBeds?: { site: string; beds: number }[];
  /** A registry file of sites to open. */
  open?: string;
  /** Another scenario file for the changed plan. */
  scenario?: string;
}

export async function receptionWhatIf(conn: DuckDBConnection, opts: PlanOptions, changes: WhatIfOptions): Promise<WhatIfResult & { notes: Bilingual[]; plans: { base: Plan; changed: Plan } }> {
  const base = await gatherInput(conn, opts);
  const other = changes.scenario ? await gatherInput(conn, { ...opts, engine: undefined, scenario: changes.scenario, start: opts.start ?? base.input.weeks[0] }) : base;
  const openSites = changes.open ? await readSites(conn, changes.open) : [];
  const catalogue = await borderCities(conn);
  const changedInput = applyWhatIf(other.input, { addBeds: changes.addBeds, openSites }, catalogue.cities);
  const basePlan = await makePlan(base.input, base.assumptions);
  const changedPlan = await makePlan(changedInput, other.assumptions);
  // Another arrivals file with people outside the planned weeks: those people are in neither plan, and the comparison says so.
  const arrivals = changes.scenario ? other.assumptions.find((a) => a.id === 'arrivals') : undefined;
  const outside = Number((arrivals?.value as { outsideHorizon?: number } | undefined)?.outsideHorizon ?? 0);
  const notes = arrivals && outside > 0 ? [arrivals.text] : [];
  return { ...compareWhatIf(basePlan, changedPlan), notes, plans: { base: basePlan, changed: changedPlan } };
}
