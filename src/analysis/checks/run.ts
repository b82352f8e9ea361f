/**
 * The reconciliation checks `corridor check` runs, and where their results are kept.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dimension } from '../../model/index.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { addsUpCheck } from './adds-up.js';
import { overlapCheck } from './overlap.js';
import { crossCheck } from './cross.js';
import type { CheckResult } from './types.js';

const SWB = { geography: ['US-SWB'] };

/** Series published by more than one source: each is compared with the one a default query returns. */
export const OVERLAPS: { id: string; title: string; req: SeriesRequest }[] = [
  { id: 'overlap/swb-total-month', title: 'Southwest border encounters by month, every source', req: { measure: 'encounters', where: SWB, grain: 'month' } },
  { id: 'overlap/swb-total-fy', title: 'Southwest border encounters by fiscal year, every source', req: { measure: 'encounters', where: SWB, grain: 'fy' } },
  { id: 'overlap/swb-usbp-month', title: 'Southwest border Border Patrol encounters by month', req: { measure: 'encounters', where: { ...SWB, component: ['USBP'] }, grain: 'month' } },
  { id: 'overlap/swb-usbp-fy', title: 'Southwest border Border Patrol encounters by fiscal year (exact CBP legacy vs OHSS rounded to 10, to FY2020)', req: { measure: 'encounters', where: { ...SWB, component: ['USBP'] }, grain: 'fy' } },
  { id: 'overlap/swb-t42-fy', title: 'Southwest border Title 42 expulsions by fiscal year', req: { measure: 'encounters', where: { ...SWB, authority: ['T42'] }, grain: 'fy' } },
  { id: 'overlap/us-usbp-fy', title: 'Nationwide Border Patrol apprehensions/encounters by fiscal year (legacy CBP vs OHSS)', req: { measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy' } },
  { id: 'overlap/us-usbp-month', title: 'Nationwide Border Patrol encounters by month', req: { measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'month' } },
  { id: 'overlap/mx-presentados-month', title: 'Mexico: foreigners presented before the migration authority by month (UPM bulletin by state vs IOM\'s compilation by nationality)', req: { measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'month' } },
];

/** Breakdowns that must add up to their total within each source. */
const ADDS_UP: { source: string; dim: Dimension; where?: SeriesRequest['where'] }[] = [
  { source: 'cbp-sbo', dim: 'component' },
  { source: 'cbp-sbo', dim: 'authority' },
  { source: 'cbp-sbo', dim: 'demographic' },
  { source: 'cbp-state', dim: 'authority' },
  { source: 'cbp-state', dim: 'demographic' },
  { source: 'ohss-monthly', dim: 'component' },
  { source: 'ohss-monthly', dim: 'geography' },
  { source: 'ohss-monthly', dim: 'citizenship' },
  { source: 'ohss-khsm', dim: 'geography', where: { component: ['USBP'] } },
  { source: 'ohss-khsm', dim: 'demographic', where: { component: ['USBP'] } },
  { source: 'ohss-khsm', dim: 'citizenship', where: { component: ['USBP'] } },
  { source: 'cbp-legacy-monthly', dim: 'geography', where: { component: ['USBP'] } },
];

async function guarded(id: string, title: string, run: () => Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await run();
  } catch (e) {
    return { id, title, status: 'skipped', summary: (e as Error).message, figures: {} };
  }
}

export async function runChecks(conn: DuckDBConnection): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const o of OVERLAPS) results.push(await guarded(o.id, o.title, () => overlapCheck(conn, o.id, o.title, o.req)));
  for (const a of ADDS_UP) {
    const id = `adds-up/${a.source}/${a.dim}`;
    const title = `${a.source}: southwest border encounters by ${a.dim} add up to the total`;
    const req: SeriesRequest = { measure: 'encounters', where: { ...SWB, ...(a.where ?? {}) }, grain: 'month', source: a.source };
    results.push(await guarded(id, title, () => addsUpCheck(conn, id, title, req, a.dim)));
  }
  results.push(
    await guarded('cross/inm-vs-cbp-usbp-swb', 'INM daily tallies of US Border Patrol southwest border encounters vs CBP\'s published monthly figures', () =>
      crossCheck(
        conn,
        'cross/inm-vs-cbp-usbp-swb',
        'INM daily tallies of US Border Patrol southwest border encounters vs CBP\'s published monthly figures',
        { measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, grain: 'month' },
        { measure: 'inm-us-encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, grain: 'month' },
        5,
      ),
    ),
  );
  return results;
}

/** Keeps every run: provenance of the checks as well as of the files. */
export async function recordChecks(conn: DuckDBConnection, results: CheckResult[]): Promise<void> {
  for (const r of results) {
    await conn.run('INSERT INTO checks VALUES (now(), ?, ?, ?, ?)', [r.id, r.title, r.status, JSON.stringify({ summary: r.summary, ...r.figures })]);
  }
}
