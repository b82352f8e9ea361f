/**
 * The reconciliation checks `corridor check` runs, and where their results are kept.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSION_NAMES, type Bilingual, type Dimension } from '../../model/index.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { addsUpCheck } from './adds-up.js';
import { overlapCheck } from './overlap.js';
import { crossCheck } from './cross.js';
import type { CheckResult } from './types.js';

const SWB = { geography: ['US-SWB'] };

/** Series published by more than one source: each is compared with the one a default query returns. */
export const OVERLAPS: { id: string; title: Bilingual; req: SeriesRequest }[] = [
  { id: 'overlap/swb-total-month', title: { en: 'Southwest border encounters by month, every source', es: 'Encuentros en la frontera suroeste por mes, todas las fuentes' }, req: { measure: 'encounters', where: SWB, grain: 'month' } },
  { id: 'overlap/swb-total-fy', title: { en: 'Southwest border encounters by fiscal year, every source', es: 'Encuentros en la frontera suroeste por año fiscal, todas las fuentes' }, req: { measure: 'encounters', where: SWB, grain: 'fy' } },
  { id: 'overlap/swb-usbp-month', title: { en: 'Southwest border Border Patrol encounters by month', es: 'Encuentros de la Patrulla Fronteriza en la frontera suroeste por mes' }, req: { measure: 'encounters', where: { ...SWB, component: ['USBP'] }, grain: 'month' } },
  { id: 'overlap/swb-usbp-fy', title: { en: 'Southwest border Border Patrol encounters by fiscal year (exact CBP legacy vs OHSS rounded to 10, to FY2020)', es: 'Encuentros de la Patrulla Fronteriza en la frontera suroeste por año fiscal (serie histórica exacta de CBP frente a OHSS redondeada a la decena, hasta el año fiscal 2020)' }, req: { measure: 'encounters', where: { ...SWB, component: ['USBP'] }, grain: 'fy' } },
  { id: 'overlap/swb-t42-fy', title: { en: 'Southwest border Title 42 expulsions by fiscal year', es: 'Expulsiones bajo el Título 42 en la frontera suroeste por año fiscal' }, req: { measure: 'encounters', where: { ...SWB, authority: ['T42'] }, grain: 'fy' } },
  { id: 'overlap/us-usbp-fy', title: { en: 'Nationwide Border Patrol apprehensions/encounters by fiscal year (legacy CBP vs OHSS)', es: 'Detenciones/encuentros de la Patrulla Fronteriza en todo el país por año fiscal (serie histórica de CBP frente a OHSS)' }, req: { measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy' } },
  { id: 'overlap/us-usbp-month', title: { en: 'Nationwide Border Patrol encounters by month', es: 'Encuentros de la Patrulla Fronteriza en todo el país por mes' }, req: { measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'month' } },
  { id: 'overlap/ice-arrests-fy', title: { en: 'ICE administrative arrests by fiscal year (ICE\'s FOIA records, exact, FY2016-FY2018, vs OHSS rounded to 10)', es: 'Arrestos administrativos de ICE por año fiscal (registros FOIA de ICE, exactos, años fiscales 2016-2018, frente a OHSS redondeado a la decena)' }, req: { measure: 'ice-arrests', where: { geography: ['US'] }, grain: 'fy' } },
  { id: 'overlap/ice-arrests-month', title: { en: 'ICE administrative arrests by month (ICE\'s FOIA records, exact, to 1 September 2019, vs OHSS rounded to 10; FY2019\'s early extract lacks arrests recorded later)', es: 'Arrestos administrativos de ICE por mes (registros FOIA de ICE, exactos, hasta el 1 de septiembre de 2019, frente a OHSS redondeado a la decena; al extraerse pronto, al año fiscal 2019 le faltan arrestos registrados después)' }, req: { measure: 'ice-arrests', where: { geography: ['US'] }, grain: 'month' } },
  { id: 'overlap/mx-presentados-month', title: { en: 'Mexico: foreigners presented before the migration authority by month (UPM bulletin by state vs IOM\'s compilation by nationality)', es: 'México: personas extranjeras presentadas ante la autoridad migratoria por mes (boletín de la UPM por estado frente a la compilación de la OIM por nacionalidad)' }, req: { measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'month' } },
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

async function guarded(id: string, title: Bilingual, run: () => Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await run();
  } catch (e) {
    // The query's reason is in English only (the store's errors are); the Spanish says so.
    const reason = (e as Error).message;
    return { id, title, status: 'skipped', summary: { en: reason, es: `no se pudo consultar (motivo en inglés): ${reason}` }, figures: {} };
  }
}

export async function runChecks(conn: DuckDBConnection): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const o of OVERLAPS) results.push(await guarded(o.id, o.title, () => overlapCheck(conn, o.id, o.title, o.req)));
  for (const a of ADDS_UP) {
    const id = `adds-up/${a.source}/${a.dim}`;
    const title = {
      en: `${a.source}: southwest border encounters by ${DIMENSION_NAMES[a.dim].en} add up to the total`,
      es: `${a.source}: los encuentros en la frontera suroeste por ${DIMENSION_NAMES[a.dim].es} suman el total`,
    };
    const req: SeriesRequest = { measure: 'encounters', where: { ...SWB, ...(a.where ?? {}) }, grain: 'month', source: a.source };
    results.push(await guarded(id, title, () => addsUpCheck(conn, id, title, req, a.dim)));
  }
  const crossTitle = {
    en: 'INM daily tallies of US Border Patrol southwest border encounters vs CBP\'s published monthly figures',
    es: 'Conteos diarios del INM de los encuentros de la Patrulla Fronteriza de EE. UU. en la frontera suroeste frente a las cifras mensuales publicadas por CBP',
  };
  results.push(
    await guarded('cross/inm-vs-cbp-usbp-swb', crossTitle, () =>
      crossCheck(
        conn,
        'cross/inm-vs-cbp-usbp-swb',
        crossTitle,
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
    // title: English, title_es: Spanish; the detail keeps the summary in both (summary, summary_es).
    await conn.run('INSERT INTO checks (run_at, check_id, title, status, detail, title_es) VALUES (now(), ?, ?, ?, ?, ?)', [
      r.id, r.title.en, r.status, JSON.stringify({ summary: r.summary.en, summary_es: r.summary.es, ...r.figures }), r.title.es,
    ]);
  }
}
