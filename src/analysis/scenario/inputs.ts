/**
 * The series the scenario model needs, read from the store through its query engine (the
 * best source month by month): US southwest border encounters by nationality group and
 * demographic, the Title 42 expulsions among them, Mexico's apprehensions (all of Mexico and
 * its southern states, by nationality where the store has it) and returns, National Guard
 * levels in the southern states, and encounters by sector (where people are sent back).
 * A month a stage lacks stays null and is listed in `gaps`; nothing is filled in silently.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import type { Bilingual } from '../../model/index.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { BORDER_STATES, DEMOGRAPHICS, DEMOGRAPHIC_OF, GROUPS, SECTOR_STATE, SOUTHERN_REGION, groupOf } from './groups.js';
import { TITLE42_FIRST_MONTH, TITLE42_LAST_MONTH, monthIndex, monthRange } from './months.js';

export { TITLE42_FIRST_MONTH, TITLE42_LAST_MONTH, underTitle42 } from './months.js';

/** A series the model read, the datasets and vintages that answered it. */
export interface SeriesSource {
  /** Stable id ('encounters-by-citizenship'). */
  id: string;
  /** What the series is, in English and Spanish. */
  series: Bilingual;
  /** Dataset ids ('cbp-sbo/encounters'). */
  sources: string[];
  /** Source and vintage of every row read. */
  vintages: { source: string; dataset: string; vintage: number }[];
}

export type Grid = (number | null)[];

export interface CorridorSeries {
  months: string[];
  /** Encounters [g][d][t]. */
  encounters: Grid[][];
  /** Title 42 expulsions [g][d][t] (0 before March 2020). */
  expelled: Grid[][];
  mexicoApprehensions: Grid;
  mexicoApprehensionsSouth: Grid;
  /** By group [g][t] where the store has Mexico's apprehensions by nationality, else null. */
  mexicoApprehensionsByGroup: Grid[] | null;
  mexicoReturns: Grid;
  guardSouth: Grid;
  /** Encounters by receiving border state [s][t] (sectors mapped to states). */
  byState: Grid[];
  /**
   * Months the whole store (not only the months loaded) has for the model's two essential
   * stages (set by prepareScenario only to explain a window too short: storeMonthsOf), 'YYYY-MM' ascending: US encounters by nationality and demographic (crossed by a
   * table, or split from tables by nationality and by demographic; `crossed`: by a table), and
   * Mexico's apprehensions. What an error about a too-short window tells the user to choose from.
   */
  storeMonths?: { encounters: string[]; crossed: string[]; mexicoApprehensions: string[] };
  /**
   * Months whose table names only some nationalities and lumps the rest as "other countries"
   * (CBP's southwest border table from FY2022: MEX, GTM, HND, SLV, OTHER): the rest of the
   * Americas is not published apart, so its figure and the rest of the world's are unknown
   * there (the model carries all "other countries" in the rest of the world). [t]
   */
  othersLumped?: boolean[];
  /**
   * People Mexico received from the US in each northern border state [s][t] (INM: Mexicans
   * repatriated at the state's receiving points; non-Mexicans accepted), null where the store
   * has no complete month (`nonMexicansRecorded`: also the months with days missing, a floor).
   * What the US sent into Mexico under Title 8, after Title 42.
   */
  receivedFromUS?: { mexicans: Grid[]; nonMexicans: Grid[]; nonMexicansRecorded?: Grid[] };
  /** Which datasets and vintages answered each series. */
  sources: SeriesSource[];
  gaps: { stage: string; months: string[]; note: Bilingual }[];
}

/**
 * Encounters by sector: the best table each month, and where that table is the CBP by-state
 * file (states, not sectors), OHSS's sector table, which covers FY2014 to August 2024.
 */
async function sectorRows(conn: DuckDBConnection, from: string, to: string): Promise<SeriesRow[]> {
  const best = (await monthly(conn, 'encounters', ['geography=US-SWB'], ['geography'], from, to)).filter((r) => SECTOR_STATE[r.keys.geography ?? '']);
  const have = new Set(best.map((r) => r.period));
  const ohss = await monthly(conn, 'encounters', ['geography=US-SWB'], ['geography'], from, to, 'ohss-monthly');
  return [...best, ...ohss.filter((r) => !have.has(r.period))];
}

async function monthly(conn: DuckDBConnection, measure: string, where: string[], by: string[], from: string, to: string, source?: string, keepPartial = false): Promise<SeriesRow[]> {
  try {
    const req = await buildRequest(conn, { measure, where, by, grain: 'month', from, to, source });
    return (await querySeries(conn, req)).rows.filter((r) => (keepPartial || r.complete) && r.value !== null);
  } catch (e) {
    // A measure or a breakdown no table publishes is a stage without data, reported as a gap.
    if (e instanceof UsageError) return [];
    throw e;
  }
}

/**
 * The months the whole store (not only the months loaded) has for the model's essential stages,
 * read only to explain a calibration window that is too short (prepareScenario, run.ts): three
 * more queries, 0.1-0.2 s, that a calibration which succeeds does not pay.
 */
export async function storeMonthsOf(conn: DuckDBConnection): Promise<NonNullable<CorridorSeries['storeMonths']>> {
  const ever = (measure: string, where: string[], by: string[]) => monthly(conn, measure, where, by, '1990-01', '2100-12');
  const [crossed, byCitizenship, byDemographic, mexico] = [
    await ever('encounters', ['geography=US-SWB'], ['citizenship', 'demographic']),
    await ever('encounters', ['geography=US-SWB'], ['citizenship']),
    await ever('encounters', ['geography=US-SWB'], ['demographic']),
    await ever('mx-presentados', ['geography=MX'], []),
  ];
  const monthsOf = (rs: SeriesRow[]) => new Set(rs.map((r) => r.period.slice(0, 7)));
  // A month without the crossed table is split when it has every demographic and the nationalities.
  const demographics = new Map<string, Set<string>>();
  for (const r of byDemographic) {
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (d) demographics.set(r.period.slice(0, 7), (demographics.get(r.period.slice(0, 7)) ?? new Set()).add(d));
  }
  const citizenship = monthsOf(byCitizenship);
  const encounters = new Set([...monthsOf(crossed), ...[...demographics].filter(([m, ds]) => ds.size === DEMOGRAPHICS.length && citizenship.has(m)).map(([m]) => m)]);
  return { encounters: [...encounters].sort(), crossed: [...monthsOf(crossed)].sort(), mexicoApprehensions: [...monthsOf(mexico)].sort() };
}

/**
 * How each group's demographic mix differs from the overall mix, [g][d], over every month the
 * store crosses nationality and demographic (1 everywhere when it never does).
 */
async function relativeMix(conn: DuckDBConnection): Promise<number[][]> {
  const rows = await monthly(conn, 'encounters', ['geography=US-SWB'], ['citizenship', 'demographic'], '1990-01', '2100-12');
  const byGroup = GROUPS.map(() => DEMOGRAPHICS.map(() => 0));
  for (const r of rows) {
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (d) byGroup[GROUPS.indexOf(groupOf(r.keys.citizenship ?? 'OTHER'))][DEMOGRAPHICS.indexOf(d)] += r.value!;
  }
  const overall = DEMOGRAPHICS.map((_, d) => byGroup.reduce((s, g) => s + g[d], 0));
  const total = overall.reduce((a, b) => a + b, 0);
  return byGroup.map((g) => {
    const sum = g.reduce((a, b) => a + b, 0);
    return DEMOGRAPHICS.map((_, d) => (sum > 0 && overall[d] > 0 ? g[d] / sum / (overall[d] / total) : 1));
  });
}

const emptyGrid = (n: number): Grid => new Array(n).fill(null);
const add = (grid: Grid, t: number, v: number) => {
  grid[t] = (grid[t] ?? 0) + v;
};

export async function loadCorridorSeries(conn: DuckDBConnection, from: string, to: string): Promise<CorridorSeries> {
  if (monthIndex(to) < monthIndex(from)) throw new UsageError(
    `the window ends (${to}) before it starts (${from})`,
    `la ventana termina (${to}) antes de empezar (${from})`,
  );
  const months = monthRange(from, to);
  const H = months.length;
  const at = new Map(months.map((m, i) => [m, i]));
  const idx = (r: SeriesRow) => at.get(r.period.slice(0, 7));
  const sources: CorridorSeries['sources'] = [];
  const note = (id: string, en: string, es: string, rows: SeriesRow[]) => {
    const vintages = new Map(rows.map((r) => [`${r.dataset} ${r.vintage}`, { source: r.source, dataset: r.dataset, vintage: r.vintage }]));
    sources.push({ id, series: { en, es }, sources: [...new Set(rows.map((r) => r.dataset))].sort(), vintages: [...vintages.values()].sort((a, b) => a.dataset.localeCompare(b.dataset) || a.vintage - b.vintage) });
  };
  const gaps: CorridorSeries['gaps'] = [];
  const gap = (stage: string, grid: Grid, en: string, es: string) => {
    const missing = months.filter((_, t) => grid[t] === null);
    if (missing.length) gaps.push({ stage, months: missing, note: { en, es } });
  };
  const swb = ['geography=US-SWB'];
  const [crossed, byCitizenship, byDemographic, crossedT42, t42ByDemographic, byCitizenshipT42] = await Promise.all([
    monthly(conn, 'encounters', swb, ['citizenship', 'demographic'], from, to),
    monthly(conn, 'encounters', swb, ['citizenship'], from, to),
    monthly(conn, 'encounters', swb, ['demographic'], from, to),
    monthly(conn, 'encounters', [...swb, 'authority=T42'], ['citizenship', 'demographic'], from, to),
    monthly(conn, 'encounters', [...swb, 'authority=T42'], ['demographic'], from, to),
    monthly(conn, 'encounters', [...swb, 'authority=T42'], ['citizenship'], from, to),
  ]);
  note('encounters-by-citizenship-demographic', 'encounters by citizenship and demographic', 'encuentros por nacionalidad y grupo demográfico', crossed);
  note('encounters-by-citizenship', 'encounters by citizenship', 'encuentros por nacionalidad', byCitizenship);
  note('encounters-by-demographic', 'encounters by demographic', 'encuentros por grupo demográfico', byDemographic);
  note('title42-expulsions', 'Title 42 expulsions', 'expulsiones del Título 42', [...crossedT42, ...t42ByDemographic, ...byCitizenshipT42]);

  // Encounters [g][d][t]: the crossed table where it answers, else each group's total split by the month's overall demographic mix.
  const gd = () => GROUPS.map(() => DEMOGRAPHICS.map(() => emptyGrid(H)));
  const encounters = gd();
  const crossedMonths = new Set<number>();
  for (const r of crossed) {
    const t = idx(r);
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (t === undefined || !d) continue;
    crossedMonths.add(t);
    add(encounters[GROUPS.indexOf(groupOf(r.keys.citizenship ?? 'OTHER'))][DEMOGRAPHICS.indexOf(d)], t, r.value!);
  }
  const groupTotal = GROUPS.map(() => emptyGrid(H));
  for (const r of byCitizenship) {
    const t = idx(r);
    if (t !== undefined) add(groupTotal[GROUPS.indexOf(groupOf(r.keys.citizenship ?? 'OTHER'))], t, r.value!);
  }
  const demTotal = DEMOGRAPHICS.map(() => emptyGrid(H));
  for (const r of byDemographic) {
    const t = idx(r);
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (t !== undefined && d) add(demTotal[DEMOGRAPHICS.indexOf(d)], t, r.value!);
  }
  // Months whose table lumps every nationality it does not name into "other countries".
  const othersLumped = months.map(() => false);
  const named = months.map(() => ({ americas: false, other: false }));
  // The rows that give the month's encounters: the crossed table's where it answers, else those by citizenship.
  for (const r of [...crossed, ...byCitizenship.filter((x) => !crossedMonths.has(idx(x) ?? -1))]) {
    const t = idx(r);
    if (t === undefined) continue;
    const c = r.keys.citizenship ?? 'OTHER';
    if (groupOf(c) === 'OAM') named[t].americas = true;
    else if (c === 'OTHER' || !/^[A-Z]{3}$/.test(c)) named[t].other = true;
  }
  named.forEach((n, t) => (othersLumped[t] = n.other && !n.americas));
  const relative = await relativeMix(conn);
  const splitMonths: string[] = [];
  for (let t = 0; t < H; t++) {
    if (crossedMonths.has(t)) {
      // Groups the crossed table does not name are zero that month, not missing.
      for (const row of encounters) for (const grid of row) grid[t] ??= 0;
      continue;
    }
    const dems = demTotal.map((g) => g[t]);
    const all = dems.reduce<number | null>((s, v) => (s === null || v === null ? null : s + v), 0);
    if (all === null || all === 0 || groupTotal.some((g) => g[t] === null && groupTotal.some((h) => h[t] !== null))) continue;
    if (groupTotal.every((g) => g[t] === null)) continue;
    splitMonths.push(months[t]);
    GROUPS.forEach((_, g) => {
      const weights = DEMOGRAPHICS.map((__, d) => (dems[d]! / all) * relative[g][d]);
      const sum = weights.reduce((a, b) => a + b, 0);
      DEMOGRAPHICS.forEach((__, d) => (encounters[g][d][t] = sum > 0 ? (groupTotal[g][t] ?? 0) * (weights[d] / sum) : 0));
    });
  }
  if (splitMonths.length) {
    gaps.push({
      stage: 'us-encounters',
      months: splitMonths,
      note: {
        en: "No table crosses nationality and demographic in these months: each group was given the month's overall demographic mix, tilted by how the group's mix differs from the overall one in all months the store crosses them (an assumption).",
        es: 'Ninguna tabla cruza nacionalidad y grupo demográfico en estos meses: a cada grupo se le dio la composición demográfica total del mes, corregida según cuánto difiere la del grupo de la total en todos los meses en que el almacén las cruza (un supuesto).',
      },
    });
  }
  const lumped = months.filter((_, t) => othersLumped[t] && encounters[0][0][t] !== null);
  if (lumped.length) {
    gaps.push({
      stage: 'other-countries',
      months: lumped,
      note: {
        en: 'The table of these months names only some nationalities and counts the rest as "other countries": the rest of the Americas is not published apart, so the model carries all of them in the rest of the world, and neither group has an actual figure here.',
        es: 'La tabla de estos meses nombra solo algunas nacionalidades y cuenta las demás como "otros países": el resto de América no se publica aparte, así que el modelo las lleva todas en el resto del mundo y ninguno de los dos grupos tiene cifra observada aquí.',
      },
    });
  }
  gap('us-encounters', encounters[0][0], 'No US encounters by nationality and demographic in these months.', 'No hay encuentros en EE. UU. por nacionalidad y grupo demográfico en estos meses.');

  // Title 42 expulsions [g][d][t].
  const expelled = gd();
  const t42Crossed = new Set<number>();
  for (const r of crossedT42) {
    const t = idx(r);
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (t === undefined || !d) continue;
    t42Crossed.add(t);
    add(expelled[GROUPS.indexOf(groupOf(r.keys.citizenship ?? 'OTHER'))][DEMOGRAPHICS.indexOf(d)], t, r.value!);
  }
  const t42Dem = DEMOGRAPHICS.map(() => emptyGrid(H));
  for (const r of t42ByDemographic) {
    const t = idx(r);
    const d = DEMOGRAPHIC_OF[r.keys.demographic ?? ''];
    if (t !== undefined && d) add(t42Dem[DEMOGRAPHICS.indexOf(d)], t, r.value!);
  }
  const approxT42: string[] = [];
  for (let t = 0; t < H; t++) {
    // Before Title 42 and after it ended (11 May 2023) no one was expelled under it: none, a fact, not a figure to approximate.
    if (monthIndex(months[t]) < monthIndex(TITLE42_FIRST_MONTH) || monthIndex(months[t]) > monthIndex(TITLE42_LAST_MONTH)) {
      for (const row of expelled) for (const grid of row) grid[t] = 0;
      continue;
    }
    if (t42Crossed.has(t)) {
      for (const row of expelled) for (const grid of row) grid[t] ??= 0;
      continue;
    }
    // The share of each demographic expelled this month, applied to every group (an assumption).
    const ok = DEMOGRAPHICS.every((_, d) => demTotal[d][t] !== null && demTotal[d][t]! > 0 && t42Dem[d][t] !== null);
    const anyT42 = t42ByDemographic.some((r) => idx(r) === t);
    if (!ok && anyT42) continue;
    approxT42.push(months[t]);
    GROUPS.forEach((_, g) => DEMOGRAPHICS.forEach((__, d) => {
      const share = anyT42 && demTotal[d][t] ? (t42Dem[d][t] ?? 0) / demTotal[d][t]! : 0;
      expelled[g][d][t] = encounters[g][d][t] === null ? null : encounters[g][d][t]! * share;
    }));
  }
  if (approxT42.length) {
    gaps.push({
      stage: 'us-expulsions',
      months: approxT42,
      note: {
        en: 'No table crosses nationality, demographic and authority in these months: each group was given the month\'s Title 42 share of its demographic (an assumption; 0 where no Title 42 figure is published).',
        es: 'Ninguna tabla cruza nacionalidad, grupo demográfico y autoridad en estos meses: a cada grupo se le dio la proporción del Título 42 de su grupo demográfico en el mes (un supuesto; 0 donde no se publica cifra del Título 42).',
      },
    });
  }
  gap('us-expulsions', expelled[0][0], 'No Title 42 figures for these months.', 'No hay cifras del Título 42 para estos meses.');

  // Mexico.
  const [mx, mxSouth, mxByCitizenship, mxReturns, guard, sectors, mexicansReceivedAll, othersReceivedAll] = await Promise.all([
    monthly(conn, 'mx-presentados', ['geography=MX'], [], from, to),
    monthly(conn, 'mx-presentados', [`geography=${SOUTHERN_REGION}`], [], from, to),
    monthly(conn, 'mx-presentados', ['geography=MX'], ['citizenship'], from, to),
    monthly(conn, 'mx-returns', ['geography=MX'], [], from, to),
    monthly(conn, 'gn-deployed', [`geography=${SOUTHERN_REGION}`], [], from, to),
    sectorRows(conn, from, to),
    // By every state, the six kept below (a filter on the six states finds no table over long spans).
    monthly(conn, 'inm-mexicans-received', [], ['geography'], from, to, undefined, true),
    monthly(conn, 'inm-foreigners-received', [], ['geography'], from, to, undefined, true),
  ]);
  note('mexico-apprehensions', "Mexico's apprehensions", 'detenciones de México', mx);
  note('mexico-apprehensions-south', "Mexico's apprehensions, southern states", 'detenciones de México, estados del sur', mxSouth);
  note('mexico-returns', "Mexico's returns", 'devoluciones de México', mxReturns);
  note('national-guard-south', 'National Guard, southern states', 'Guardia Nacional, estados del sur', guard);
  note('encounters-by-sector', 'encounters by sector', 'encuentros por sector', sectors);
  const northern = (rows: SeriesRow[]) => rows.filter((r) => BORDER_STATES.includes(r.keys.geography as (typeof BORDER_STATES)[number]));
  const mexicansReceived = northern(mexicansReceivedAll);
  const othersReceived = northern(othersReceivedAll);
  note('mexicans-received', 'Mexicans repatriated by the US, received by INM in the northern border states', 'mexicanos repatriados por EE. UU., recibidos por el INM en los estados de la frontera norte', mexicansReceived);
  note('non-mexicans-received', 'non-Mexicans sent by the US, received by Mexico in the northern border states', 'personas no mexicanas enviadas por EE. UU., recibidas por México en los estados de la frontera norte', othersReceived);
  const series = (rows: SeriesRow[]) => {
    const grid = emptyGrid(H);
    for (const r of rows) {
      const t = idx(r);
      if (t !== undefined) grid[t] = r.value!;
    }
    return grid;
  };
  const mexicoApprehensions = series(mx);
  const mexicoApprehensionsSouth = series(mxSouth);
  gap('mexico-apprehensions', mexicoApprehensions, "No figures for Mexico's apprehensions in these months: transit departures there are read from US encounters and the calibrated apprehension rate.", 'No hay cifras de detenciones de México en estos meses: las salidas en tránsito se leen de los encuentros en EE. UU. y la tasa de detención calibrada.');
  gap('mexico-apprehensions-south', mexicoApprehensionsSouth, "No figures for Mexico's apprehensions by state in these months: the south/rest split is the window's average.", 'No hay cifras de detenciones de México por estado en estos meses: la división sur/resto es el promedio de la ventana.');
  let mexicoApprehensionsByGroup: Grid[] | null = null;
  if (mxByCitizenship.length) {
    mexicoApprehensionsByGroup = GROUPS.map(() => emptyGrid(H));
    for (const r of mxByCitizenship) {
      const t = idx(r);
      if (t !== undefined) add(mexicoApprehensionsByGroup[GROUPS.indexOf(groupOf(r.keys.citizenship ?? 'OTHER'))], t, r.value!);
    }
    for (const grid of mexicoApprehensionsByGroup) for (let t = 0; t < H; t++) if (mexicoApprehensionsByGroup.some((g) => g[t] !== null)) grid[t] ??= 0;
  }
  const mexicoReturns = series(mxReturns);
  const guardSouth = series(guard);
  const byState = BORDER_STATES.map(() => emptyGrid(H));
  for (const r of sectors) {
    const t = idx(r);
    const state = SECTOR_STATE[r.keys.geography ?? ''];
    if (t === undefined || !state) continue;
    for (const grid of byState) grid[t] ??= 0;
    add(byState[BORDER_STATES.indexOf(state)], t, r.value!);
  }
  // People Mexico received from the US by northern state: a state a month's table does not name
  // received none; a month with days missing in any state (INM's daily files) is unknown, not less.
  const byBorderState = (rows: SeriesRow[]) => {
    const recorded = BORDER_STATES.map(() => emptyGrid(H));
    const partial = new Set<number>();
    for (const r of rows) {
      const t = idx(r);
      const s = BORDER_STATES.indexOf(r.keys.geography as (typeof BORDER_STATES)[number]);
      if (t === undefined || s < 0) continue;
      if (!r.complete) partial.add(t);
      for (const g of recorded) g[t] ??= 0;
      add(recorded[s], t, r.value!);
    }
    const complete = recorded.map((g) => g.map((v, t) => (partial.has(t) ? null : v)));
    return { complete, recorded, partial: months.filter((_, t) => partial.has(t)) };
  };
  const mexicansGrid = byBorderState(mexicansReceived);
  const othersGrid = byBorderState(othersReceived);
  const receivedFromUS = { mexicans: mexicansGrid.complete, nonMexicans: othersGrid.complete, nonMexicansRecorded: othersGrid.recorded };
  if (othersGrid.partial.length) {
    gaps.push({
      stage: 'non-mexicans-received',
      months: othersGrid.partial,
      note: {
        en: "INM's daily files of non-Mexicans Mexico received from the US miss some days in these months: the actual of people sent into Mexico counts them on the days recorded only (a floor), and the model's level uses only the months complete.",
        es: 'Los archivos diarios del INM de personas no mexicanas que México recibió de EE. UU. omiten algunos días en estos meses: el dato observado de personas devueltas a México las cuenta solo en los días registrados (un mínimo), y el nivel del modelo usa solo los meses completos.',
      },
    });
  }
  gap('border-states', byState[0], 'No encounters by sector in these months: where people are sent back is the share of the months that have them.', 'No hay encuentros por sector en estos meses: a dónde se devuelve a las personas es la proporción de los meses que sí los tienen.');
  return { months, encounters, expelled, mexicoApprehensions, mexicoApprehensionsSouth, mexicoApprehensionsByGroup, mexicoReturns, guardSouth, byState, othersLumped, receivedFromUS, sources, gaps };
}
