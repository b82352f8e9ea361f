/**
 * Answers a series request from the store: plans every table that publishes the
 * measure (from the in-memory catalogue), runs the plans that may answer (on the cells
 * in memory, or in one SQL statement), then, period by period, keeps the figures of the
 * highest-precedence source that has that period complete (see precedence.ts); asked by a
 * dimension that table lists only in part (a Border Patrol-only table by component), the
 * groups it lacks come from the next tables that have them (periodRows). Every row says
 * which source, table and vintage it came from.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { rows } from '../open.js';
import { DIMENSIONS } from '../../model/index.js';
import { queryCatalogue } from './catalogue.js';
import { measuresMeant, meantText, type MeasureName } from './measure-meant.js';
import { rankOf } from '../precedence.js';
import { planDataset, type DatasetInfo, type Plan, type SeriesRequest } from './plan.js';
import { coveredParts } from './plan-rows.js';
import type { SeriesResult, SeriesRow } from './row.js';
import { Slices } from '../../lib/slices.js';
import { inMemory, runCells } from './run-cells.js';
import { runPlans } from './run-plan.js';
import { defaultPlace, outsideHome } from './home.js';

export { placeCoverage } from './datasets.js';
export type { SeriesResult, SeriesRow } from './row.js';

type Considered = SeriesResult['considered'][number];

/** A measure id the store does not define: those it may mean (by label or spelling), and the command that lists them all. */
async function unknownMeasure(conn: DuckDBConnection, measure: string): Promise<UsageError> {
  const meant = measuresMeant(measure, await rows<MeasureName>(conn, 'SELECT id, label_en, label_es FROM measures ORDER BY id'));
  return new UsageError(
    `unknown measure "${measure}"${meantText(meant, 'en')}: "corridor measures" lists the measures`,
    `medida desconocida "${measure}"${meantText(meant, 'es')}: "corridor measures" lista las medidas`,
  );
}

/** A vintage the store does not hold (for the source, when one is named): which it holds instead. */
async function unknownVintage(conn: DuckDBConnection, vintage: number, source: string | undefined): Promise<UsageError | undefined> {
  const held = (await rows<{ id: number }>(conn, `SELECT id FROM vintages WHERE ?::VARCHAR IS NULL OR source_id = ? ORDER BY id`, [source ?? null, source ?? null])).map((r) => Number(r.id));
  if (held.includes(vintage)) return undefined;
  if (source === undefined) {
    return new UsageError(
      `there is no vintage ${vintage} in the store: "corridor sources" lists each source's vintages`,
      `no hay ninguna versión (vintage) ${vintage} en el almacén: "corridor sources" lista las versiones de cada fuente`,
    );
  }
  if (held.length === 0) {
    return new UsageError(
      `source ${source} has no vintage ${vintage}: it has none in this store; "corridor sources" lists the sources loaded`,
      `la fuente ${source} no tiene la versión (vintage) ${vintage}: no tiene ninguna en este almacén; "corridor sources" lista las fuentes cargadas`,
    );
  }
  const list = held.join(', ');
  return new UsageError(
    `source ${source} has no vintage ${vintage}: its vintage${held.length === 1 ? ' is' : 's are'} ${list} ("corridor sources" lists them with their files)`,
    `la fuente ${source} no tiene la versión (vintage) ${vintage}: ${held.length === 1 ? 'su versión es la' : 'sus versiones son'} ${list} ("corridor sources" las lista con sus archivos)`,
  );
}

/** The one component every table of a measure holds, when they hold one and the same, and no total. */
function onlyComponent(datasets: DatasetInfo[]): string | undefined {
  const [first, ...rest] = datasets.map((d) => d.members.component);
  if (!first || first.size !== 1 || first.has('ALL')) return undefined;
  const [own] = first;
  return rest.every((m) => m.size === 1 && m.has(own)) ? own : undefined;
}

/** The answer of every candidate table, in the order the precedence gives for the first period. */
export async function candidateSeries(conn: DuckDBConnection, req: SeriesRequest, defaultGeography = 'US') {
  const catalogue = await queryCatalogue(conn);
  const ofSource = await catalogue.datasets(req.measure, { source: req.source, vintage: req.vintage });
  // One table asked for (its own download): only it answers, whatever the precedence among the source's tables.
  const datasets = req.dataset ? ofSource.filter((d) => d.id === req.dataset) : ofSource;
  if (req.dataset && datasets.length === 0 && ofSource.length > 0) {
    throw new UsageError(
      `dataset: ${req.source} has no table ${req.dataset} of measure ${req.measure}; its tables of it: ${ofSource.map((d) => d.id).join(', ')}`,
      `dataset: ${req.source} no tiene la tabla ${req.dataset} de la medida ${req.measure}; sus tablas de ella: ${ofSource.map((d) => d.id).join(', ')}`,
    );
  }
  if (datasets.length === 0) {
    // A measure the store does not define is a mistake to name, not a gap in the data (one small read, only here).
    const known = await catalogue.measures();
    if (known.length > 0 && !known.includes(req.measure)) throw await unknownMeasure(conn, req.measure);
    // A vintage the source does not have is a mistake to name too, with the vintages it has (as the API's 404 does).
    if (req.vintage !== undefined) {
      const missing = await unknownVintage(conn, req.vintage, req.source);
      if (missing) throw missing;
    }
    throw new UsageError(
      `no data for measure "${req.measure}"${req.source ? ` from source ${req.source}` : ''}: see "corridor measures" and "corridor sources"`,
      `no hay datos para la medida "${req.measure}"${req.source ? ` de la fuente ${req.source}` : ''}: vea "corridor measures" y "corridor sources"`,
    );
  }
  const where = { ...(req.where ?? {}) };
  // No place named: the default place if the measure is counted there, else the measure's own country (home.ts).
  if (!where.geography?.length && !(req.by ?? []).includes('geography')) where.geography = [await defaultPlace(conn, datasets, defaultGeography)];
  // A measure that every table counts for one component only (ICE's arrests, its detention population) has that
  // component's figure as its total: without it, "query --measure ice-arrests" and every claim about ICE's arrests
  // were refused, each table "covers only component ICE, not the total".
  if (!where.component?.length && !(req.by ?? []).includes('component')) {
    const own = onlyComponent(datasets);
    if (own) where.component = [own];
  }
  const full = { ...req, where };
  const grain = full.grain ?? 'month';
  // Within one source the better table (native grain, fewer breakdowns) always wins, so a
  // table whose periods the source already has complete does not answer.
  const ordered = orderedTables(datasets, grain);
  // First every table is planned (no SQL); the tables that may answer run together.
  const steps: ({ rejected: Considered } | { ds: DatasetInfo; plan: Plan; periods: string[]; native: string[] })[] = [];
  // The same for every table (measure, places, datasets): asked once, when a table lacks the place.
  let outsideOnce: Promise<{ en: string; es: string } | undefined> | undefined;
  for (const ds of ordered) {
    // What the table cannot answer at all is the more useful reason, so it is checked first.
    const planned = planDataset(ds, full);
    if ('reason' in planned) {
      // A place outside the measure's country says so ("inm-returns is counted in MX ...").
      const outside = planned.reason.startsWith('has no figure for geography') ? await (outsideOnce ??= outsideHome(conn, req.measure, where.geography ?? [], datasets)) : undefined;
      steps.push({ rejected: { dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: outside ? `${planned.reason}: ${outside.en}` : planned.reason, reason_es: outside ? `${planned.reason_es}: ${outside.es}` : planned.reason_es } });
      continue;
    }
    if ((full.to && ds.firstPeriod > periodEnd(full.to, grain)) || (full.from && ds.lastPeriod < full.from)) {
      steps.push({ rejected: { dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: 'has no figures in the requested periods', reason_es: 'no tiene cifras en los periodos pedidos' } });
      continue;
    }
    const native = await catalogue.periods(ds.vintage, ds.id);
    const periods = [...coveredParts(native, grain, planned.plan).keys()].filter((p) => (!full.from || p >= full.from) && (!full.to || p <= full.to));
    steps.push({ ds, plan: planned.plan, periods, native });
  }
  const candidates = steps.flatMap((s) => ('plan' in s ? [s] : []));
  // In memory, a table is summed only if it may answer (below): one whose periods a better
  // table of its source has complete is not read at all (the detailed tables, most of the
  // cells). From the store, the tables that may answer run together, in one statement.
  const cells = catalogue.cells();
  const lazy = cells && inMemory(cells, candidates) ? { cells, slices: new Slices() } : undefined;
  const found = lazy ? [] : await runPlans(conn, candidates, full, cells);
  const rowsOf = new Map(candidates.map((c, i) => [c, found[i]]));
  const considered: Considered[] = [];
  const answers: { ds: DatasetInfo; rows: SeriesRow[] }[] = [];
  const completeBySource = new Map<string, Set<string>>();
  for (const step of steps) {
    if ('rejected' in step) {
      considered.push(step.rejected);
      continue;
    }
    const { ds, periods } = step;
    const done = completeBySource.get(ds.source) ?? new Set<string>();
    if (periods.length > 0 && periods.every((p) => done.has(p))) {
      considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: 'a better table of the same source already answers for these periods', reason_es: 'una tabla mejor de la misma fuente ya responde para estos periodos' });
      continue;
    }
    considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: true });
    const rows = lazy ? (await runCells(lazy.cells, [step], full, lazy.slices))![0] : rowsOf.get(step)!;
    answers.push({ ds, rows });
    const byPeriod = new Map<string, boolean>();
    for (const r of rows) byPeriod.set(r.period, (byPeriod.get(r.period) ?? true) && r.complete);
    for (const [p, complete] of byPeriod) if (complete) done.add(p);
    completeBySource.set(ds.source, done);
  }
  return { request: full, datasets, considered, answers };
}

/** A measure's tables (one list per store state) → in the order they are considered, by grain. */
const orders = new WeakMap<DatasetInfo[], Map<string, DatasetInfo[]>>();

function orderedTables(datasets: DatasetInfo[], grain: string): DatasetInfo[] {
  let byGrain = orders.get(datasets);
  if (!byGrain) orders.set(datasets, (byGrain = new Map()));
  let ordered = byGrain.get(grain);
  if (!ordered) byGrain.set(grain, (ordered = [...datasets].sort((a, b) => a.source.localeCompare(b.source) || withinSource(a, b, grain))));
  return ordered;
}

/** Order of two tables of one source: the requested grain first, then fewer breakdowns, then id. */
function withinSource(a: DatasetInfo, b: DatasetInfo, grain: string): number {
  return (a.grain === grain ? 0 : 1) - (b.grain === grain ? 0 : 1) || detail(a) - detail(b) || a.id.localeCompare(b.id);
}

const details = new WeakMap<DatasetInfo, number>();

/** Fewer breakdowns first: a published total beats a sum of rounded cells. */
function detail(ds: DatasetInfo): number {
  let n = details.get(ds);
  if (n === undefined) details.set(ds, (n = DIMENSIONS.filter((d) => [...ds.members[d]].some((m) => m !== 'ALL')).length));
  return n;
}

export async function querySeries(conn: DuckDBConnection, req: SeriesRequest, defaultGeography = 'US'): Promise<SeriesResult> {
  const { request, considered, answers } = await candidateSeries(conn, req, defaultGeography);
  const grain = request.grain ?? 'month';
  const byPeriod = new Map<string, { ds: DatasetInfo; rows: SeriesRow[] }[]>();
  for (const a of answers) {
    for (const r of a.rows) {
      const list = byPeriod.get(r.period) ?? [];
      let entry = list.find((e) => e.ds === a.ds);
      if (!entry) list.push((entry = { ds: a.ds, rows: [] }));
      entry.rows.push(r);
      byPeriod.set(r.period, list);
    }
  }
  const out: SeriesRow[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const options = byPeriod.get(period)!;
    const order = (e: { ds: DatasetInfo }) => [
      rankOf(request.measure, e.ds.source, period, e.ds.thirdParty),
      e.ds.grain === grain ? 0 : 1,
      detail(e.ds),
    ];
    options.sort((a, b) => {
      const x = order(a);
      const y = order(b);
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.ds.id.localeCompare(b.ds.id);
    });
    out.push(...periodRows(options, request.by ?? []));
  }
  considered.sort((a, b) => Number(b.answer) - Number(a.answer));
  const { notices = [], ...asRead } = request;
  return { request: asRead, notices, rows: out, considered };
}

/** A row's group: its code in every grouped dimension. */
function groupKey(r: SeriesRow): string {
  return DIMENSIONS.map((d) => r.keys[d] ?? '').join('\u0000');
}

/**
 * The rows of one period, from its candidate tables in precedence order. The best table
 * (the first with the period complete, else the first) answers. When it is not complete in
 * every dimension asked by (`by`), it lists only some groups (a Border Patrol-only table
 * asked by component), so each group it lacks comes from the next table, in the same
 * order, that has every group already answered (so its codes cannot overlap theirs), each
 * row naming its own table. A table complete in those dimensions answers alone: the codes
 * it does not name are in its residual row (Other), so adding them would count them twice.
 */
function periodRows(options: { ds: DatasetInfo; rows: SeriesRow[] }[], by: readonly string[]): SeriesRow[] {
  const ranked = [...options.filter((o) => o.rows.every((r) => r.complete)), ...options.filter((o) => !o.rows.every((r) => r.complete))];
  const [best, ...others] = ranked;
  if (by.every((d) => (best.ds.complete as string[]).includes(d))) return best.rows;
  const taken = new Set(best.rows.map(groupKey));
  const out = [...best.rows];
  for (const other of others) {
    const theirs = new Map(other.rows.map((r) => [groupKey(r), r]));
    if ([...taken].some((k) => !theirs.has(k))) continue;
    for (const [k, r] of theirs) {
      if (taken.has(k)) continue;
      taken.add(k);
      out.push(r);
    }
  }
  if (out.length === best.rows.length) return best.rows;
  return out.sort((a, b) => (groupKey(a) < groupKey(b) ? -1 : groupKey(a) > groupKey(b) ? 1 : 0));
}

/** Last day of a period that starts on `start` in `grain`. */
function periodEnd(start: string, grain: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (grain === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
