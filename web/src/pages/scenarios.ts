/**
 * Scenarios: what happens if Mexico steps up enforcement or takes in more expelled families
 * (/api/scenario, docs/SCENARIOS.md). A shipped scenario, a slider and a start month per
 * lever, the paths with their 80% and 95% bands against the no-change baseline and the
 * actuals, the border-state map of people sent back into Mexico, the difference table, the
 * model card and downloads. The URL holds the scenario and every lever moved.
 */
import * as Plot from '@observablehq/plot';
import { api, ApiError, getJson } from '../api';
import { save, type Table } from '../charts/download';
import { frame } from '../charts/frame';
import { choropleth, type MapValue } from '../charts/maps';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { selectControl, type PageContext } from '../controls';
import './scenarios.css';
import { el } from '../dom';
import { dateOf, monthLong, num, periodText, timeTicks } from '../format';
import { matches } from '../state';
import type { Lang } from '../types';
import { quoted } from '../corrections';
import { pageHead, sourcesById, type PageModule } from './common';
import { commandLineLevers, faultOf, formatLevers, leverControl, leverIdOf, leverSummary, NO_LEVERS, readLevers, validScenarioLevers, type LeverDef, type LeverFault, type LeverSet, type RampValue } from './scenarios-levers';

interface Band {
  median: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}
interface Run {
  name: string;
  title: string;
  description: string;
  levers: LeverSet;
  window: { from: string; to: string };
  months: string[];
  draws: number;
  /** Each lever's value at no change (a share: the one the US sent back in the window, all groups together). */
  leverNeutral?: Record<string, number>;
  paths: { id: string; label: string; points: { month: string; scenario: Band; baseline: Band; actual: number | null }[] }[];
  states: { state: string; label: string; months: { month: string; intoMexico: Band; nonMexicans: Band; waiting: Band; baselineIntoMexico: Band; baselineWaiting: Band }[] }[];
  differences: { id: string; label: string; scenario: number; baseline: number; difference: number; percent: number | null }[];
  modelCard: { model: string; window: { from: string; to: string }; draws: number; estimates: Line[]; assumptions: Line[]; structural: string[] };
  /** label: the stage in the language asked for (the API's words, model-card.ts). */
  gaps: { stage: string; label: string; months: string[]; note: string }[];
  /**
   * The store series the model was calibrated on and where they come from: dataset ids
   * ("cbp-sbo/sw-monthly") and, when the API gives them, the vintages read.
   */
  sources?: { id?: string; series: string | { en: string; es: string }; sources: string[]; vintages?: { source: string; vintage: number }[] }[];
}
interface Line {
  label: string;
  value: string;
  note: string | null;
}
interface Catalogue {
  scenarios: { name: string; title: string; description: string }[];
  levers: LeverDef[];
}

const W = {
  en: {
    title: 'Scenarios',
    lead: 'What if Mexico stepped up enforcement at its southern border, or took in more of the families the US expels? A calibrated model of the corridor, checked against past policy changes (docs/SCENARIOS.md). Move a lever: the paths are simulated again against the no-change baseline.',
    scenario: 'Scenario',
    levers: 'Levers',
    leversNote: 'A lever applies from its month on; × puts it back to no change. Hover over a lever\'s name, or tap it, for its definition.',
    series: 'Series',
    paths: 'Scenario against no change',
    pathsSub: 'Median of {draws} draws; shaded: 80% (darker) and 95% bands. Calibrated on {from} – {to}.',
    scenarioLine: 'Scenario',
    baseline: 'No change',
    actual: 'What happened',
    map: "People sent back into Mexico's northern border states",
    mapSub: 'Total over the simulated months, scenario: the median over the draws of each state\'s total, as in the table "What the levers changed".',
    mapLabel: 'people sent back',
    waitingEnd: 'waiting at the end',
    differences: 'What the levers changed',
    differencesNote: 'Each line is the median over the draws of its total over the simulated months, so the groups do not add up to the total: the median of a sum is not the sum of the medians.',
    what: 'What',
    difference: 'Difference',
    card: 'Model card',
    estimates: 'Estimated',
    assumptions: 'Assumptions (editable in a scenario file)',
    structural: 'How the model is built',
    gaps: 'Gaps in the data',
    json: 'Download the run (JSON)',
    redraw: 'Simulated in {ms} ms',
    invalid: 'These levers cannot be run: {reason}. Fix the lever marked below, put it back to no change (×), or go back to the scenario\'s own levers.',
    resetAll: "Back to the scenario's own levers",
    ownLevers: "the scenario's own levers",
    cut: '95% band cut off',
    cutNote: 'The 95% band is cut off at the top of the chart from {from} to {to} (marked ▲ along the top edge): its upper end reaches {max} in {at}. Every figure is in the table below.',
    latestVintage: 'The model is calibrated on these sources; where the API does not name the vintage read, the latest vintage is named.',
    leverLeftOut: 'the other levers, without it',
    reception: 'Where would beds run out? The reception plan for these arrivals',
    changedTitle: '{title}, with its levers changed here: {levers}.',
  },
  es: {
    title: 'Escenarios',
    lead: '¿Y si México reforzara el control en su frontera sur, o aceptara más de las familias que EE. UU. expulsa? Un modelo calibrado del corredor, contrastado con cambios de política pasados (docs/SCENARIOS.md). Mueva una palanca: las trayectorias se simulan de nuevo frente a la línea base sin cambios.',
    scenario: 'Escenario',
    levers: 'Palancas',
    leversNote: 'Una palanca se aplica desde su mes; × la devuelve a sin cambio. Pase el cursor sobre el nombre de una palanca, o tóquelo, para ver su definición.',
    series: 'Serie',
    paths: 'Escenario frente a sin cambios',
    pathsSub: 'Mediana de {draws} réplicas; sombreado: bandas del 80% (más oscuro) y del 95%. Calibrado con {from} – {to}.',
    scenarioLine: 'Escenario',
    baseline: 'Sin cambios',
    actual: 'Lo que ocurrió',
    map: 'Personas devueltas a los estados de la frontera norte de México',
    mapSub: 'Total de los meses simulados, escenario: la mediana entre réplicas del total de cada estado, como en la tabla "Qué cambiaron las palancas".',
    mapLabel: 'personas devueltas',
    waitingEnd: 'esperando al final',
    differences: 'Qué cambiaron las palancas',
    differencesNote: 'Cada línea es la mediana entre réplicas de su total del periodo simulado; por eso los grupos no suman el total: la mediana de una suma no es la suma de las medianas.',
    what: 'Qué',
    difference: 'Diferencia',
    card: 'Ficha del modelo',
    estimates: 'Estimado',
    assumptions: 'Supuestos (editables en un archivo de escenario)',
    structural: 'Cómo está construido el modelo',
    gaps: 'Datos faltantes',
    json: 'Descargar la corrida (JSON)',
    redraw: 'Simulado en {ms} ms',
    invalid: 'Estas palancas no se pueden simular: {reason}. Corrija la palanca marcada abajo, devuélvala a sin cambio (×) o vuelva a las palancas propias del escenario.',
    resetAll: 'Volver a las palancas del escenario',
    ownLevers: 'las palancas propias del escenario',
    cut: 'banda del 95% cortada',
    cutNote: 'La banda del 95% está cortada en el borde superior de la gráfica de {from} a {to} (marcado ▲ en el borde superior): su extremo superior llega a {max} en {at}. Todas las cifras están en la tabla de abajo.',
    latestVintage: 'El modelo está calibrado con estas fuentes; donde la API no indica la versión leída, se indica la más reciente.',
    leverLeftOut: 'las demás palancas, sin ella',
    reception: '¿Dónde se acabarían las camas? El plan de recepción para estas llegadas',
    changedTitle: '{title}, con sus palancas cambiadas aquí: {levers}.',
  },
};
type Word = keyof (typeof W)['en'];
const w = (lang: Lang, key: Word, vars: Record<string, string | number> = {}) => W[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const pct = (v: number | null, lang: Lang) => (v === null ? '–' : `${v > 0 ? '+' : ''}${num(v * 100, lang, 1)}%`);
const round = (v: number, lang: Lang) => num(Math.round(v), lang);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The levers to run: the scenario's own, or those in the URL (keeping the scenario's groups or states of a lever). */
function leversToRun(own: LeverSet, fromUrl: LeverSet | null): LeverSet | null {
  if (!fromUrl) return null;
  const out: LeverSet = {};
  for (const [id, r] of Object.entries(fromUrl)) {
    const extra = Object.fromEntries(Object.entries(own[id] ?? {}).filter(([k]) => k === 'groups' || k === 'states'));
    out[id] = { ...extra, ...r };
  }
  return out;
}

/**
 * The levers at fault in a refused run, and which of their inputs: a value outside the lever's
 * range (checked here), or the lever and field the API's message names ("levers.X.from",
 * "levers.X.rampMonths").
 */
export function faultyLevers(defs: LeverDef[], asked: LeverSet, message: string): Map<string, LeverFault> {
  const out = new Map<string, LeverFault>();
  for (const def of defs) {
    const r = asked[def.id];
    if (!r) continue;
    if (!(r.value >= def.min && r.value <= def.max)) out.set(def.id, 'value');
    else {
      const fault = faultOf(def.id, message);
      if (fault) out.set(def.id, fault);
    }
  }
  return out;
}

/** Which element of a lever's row shows the input at fault. */
const FAULT_SELECTOR: Record<LeverFault, (id: string) => string> = {
  value: (id) => `input[data-lever="${id}"]`,
  month: (id) => `select[data-lever-from="${id}"]`,
  to: (id) => `[data-lever-to="${id}"]`,
  ramp: (id) => `[data-lever-ramp="${id}"]`,
};

function runPath(name: string, levers: LeverSet | null, lang: Lang): string {
  const q = new URLSearchParams({ name, lang });
  if (levers) q.set('levers', JSON.stringify(levers));
  return `/api/scenario?${q}`;
}

/**
 * The top of the paths chart: twice the largest median, baseline or actual, so that a wide 95%
 * band does not flatten the paths; the band above it is cut, and the cut is marked (`bandCut`).
 */
export function chartTop(points: { scenario: Band; baseline: Band; actual: number | null }[]): number {
  return 2 * Math.max(1, ...points.map((p) => Math.max(p.scenario.median, p.baseline.median, p.actual ?? 0)));
}

/** The months whose 95% band runs above `top` (cut off on the chart), and the highest upper end among them. */
export function bandCut(points: { month: string; scenario: Band }[], top: number): { months: string[]; max: number; at: string } | null {
  const cut = points.filter((p) => p.scenario.upper95 > top);
  if (!cut.length) return null;
  const highest = cut.reduce((a, b) => (b.scenario.upper95 > a.scenario.upper95 ? b : a));
  return { months: cut.map((p) => p.month), max: highest.scenario.upper95, at: highest.month };
}

function pathPlot(run: Run, id: string, lang: Lang, width: number): Element {
  const path = run.paths.find((p) => p.id === id) ?? run.paths[0];
  const data = path.points.map((p) => ({
    x: dateOf(`${p.month}-01`),
    ...p.scenario,
    base: p.baseline.median,
    actual: p.actual,
    title: [
      periodText(`${p.month}-01`, 'month', lang),
      `${w(lang, 'scenarioLine')}: ${round(p.scenario.median, lang)} (80%: ${round(p.scenario.lower80, lang)} – ${round(p.scenario.upper80, lang)}; 95%: ${round(p.scenario.lower95, lang)} – ${round(p.scenario.upper95, lang)})`,
      `${w(lang, 'baseline')}: ${round(p.baseline.median, lang)}`,
      p.actual === null || p.actual === undefined ? '' : `${w(lang, 'actual')}: ${round(p.actual, lang)}`,
    ]
      .filter(Boolean)
      .join('\n'),
  }));
  const colour = { scenario: PALETTE[0], base: PALETTE[7], actual: PALETTE[6] };
  // A wide 95% band should not flatten the paths: the axis keeps to twice the largest path, the band is cut there and the cut marked.
  const top = chartTop(path.points);
  const cut = new Set(bandCut(path.points, top)?.months ?? []);
  const cutData = data.filter((_, i) => cut.has(path.points[i].month));
  return clean(
    Plot.plot({
      width,
      height: Math.min(340, Math.max(240, width * 0.5)),
      marginLeft: 64,
      marginRight: 12,
      marginTop: 22,
      x: { type: 'utc', label: null, ticks: width < 500 ? 4 : 8, tickFormat: timeTicks(lang) },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), domain: [0, top] },
      marks: [
        Plot.areaY(data, { x: 'x', y1: 'lower95', y2: (d: Band) => Math.min(d.upper95, top), fill: colour.scenario, fillOpacity: 0.12, clip: true, className: 'scenario-95' }),
        Plot.areaY(data, { x: 'x', y1: 'lower80', y2: (d: Band) => Math.min(d.upper80, top), fill: colour.scenario, fillOpacity: 0.25, clip: true, className: 'scenario-80' }),
        // Where the 95% band runs past the top: a dashed edge and a mark on each month cut, named in the page's language.
        Plot.ruleY([top], { stroke: colour.scenario, strokeDasharray: '2,3', strokeOpacity: cutData.length ? 0.8 : 0 }),
        Plot.text(cutData, { x: 'x', y: top, text: () => '▲', dy: -7, fill: colour.scenario, fontSize: 10, className: 'scenario-95-cut', title: 'title' }),
        cutData.length ? Plot.text([`▲ ${w(lang, 'cut')}`], { frameAnchor: 'top-left', dy: -14, textAnchor: 'start', fill: '#333', fontSize: 10, className: 'scenario-95-cut-label' }) : null,
        Plot.lineY(data, { x: 'x', y: 'base', stroke: colour.base, strokeWidth: 1.8, strokeDasharray: '5,3', className: 'scenario-baseline' }),
        Plot.lineY(data, { x: 'x', y: 'median', stroke: colour.scenario, strokeWidth: 2.2, className: 'scenario-median' }),
        Plot.lineY(data.filter((d) => d.actual !== null && d.actual !== undefined), { x: 'x', y: 'actual', stroke: colour.actual, strokeWidth: 1.8, className: 'scenario-actual' }),
        Plot.dot(data, { x: 'x', y: 'median', fill: colour.scenario, r: 2.2, title: 'title' }),
      ],
    }),
  );
}

/** People in a table are whole people (the medians and bands of the draws are not). */
const whole = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));

/** The paths chart's table (the CSV keeps these machine names; describe.ts names them in the page's language). */
export function pathTable(points: Run['paths'][number]['points']): Table {
  return {
    columns: ['month', 'scenario_median', 'scenario_lower80', 'scenario_upper80', 'scenario_lower95', 'scenario_upper95', 'baseline_median', 'actual'],
    rows: points.map((x) => [x.month, ...[x.scenario.median, x.scenario.lower80, x.scenario.upper80, x.scenario.lower95, x.scenario.upper95, x.baseline.median, x.actual].map(whole)]),
  };
}

/** The border-state map's table. */
export function statesTable(states: Run['states']): Table {
  return {
    columns: ['state', 'state_label', 'month', 'into_mexico_median', 'into_mexico_lower80', 'into_mexico_upper80', 'non_mexicans_median', 'waiting_median', 'baseline_into_mexico_median', 'baseline_waiting_median'],
    rows: states.flatMap((s) => s.months.map((m) => [s.state, s.label, m.month, ...[m.intoMexico.median, m.intoMexico.lower80, m.intoMexico.upper80, m.nonMexicans.median, m.waiting.median, m.baselineIntoMexico.median, m.baselineWaiting.median].map(whole)])),
  };
}

/**
 * Each border state's people sent back over the simulated months, scenario and baseline: the
 * difference table's figures (the median over the draws of the state's total), so the map and
 * the table give one number for one state; the sum of the monthly medians only where a run has
 * no such row. And the people waiting there at the end (the last month's median).
 */
export function stateTotals(run: Pick<Run, 'states' | 'differences'>): Map<string, { label: string; scenario: number; baseline: number; waiting: number }> {
  return new Map(
    run.states.map((s) => {
      const row = run.differences.find((d) => d.id === `into-${s.state}`);
      const scenario = row ? row.scenario : s.months.reduce((t, m) => t + m.intoMexico.median, 0);
      const baseline = row ? row.baseline : s.months.reduce((t, m) => t + m.baselineIntoMexico.median, 0);
      return [s.state, { label: s.label, scenario, baseline, waiting: s.months.at(-1)?.waiting.median ?? 0 }];
    }),
  );
}

/** The sources the run read: each with its vintage when the API names it, else by the dataset ids it lists. */
export function sourcesRead(run: Pick<Run, 'sources'>): { source: string; vintage?: number }[] {
  return (run.sources ?? []).flatMap((x) => (x.vintages?.length ? x.vintages.map((v) => ({ source: v.source, vintage: v.vintage })) : x.sources.map((d) => ({ source: d.split('/')[0] }))));
}

function differenceTable(run: Run, lang: Lang): HTMLElement {
  const head = el('tr', {}, ...[w(lang, 'what'), w(lang, 'scenarioLine'), w(lang, 'baseline'), w(lang, 'difference'), '%'].map((h) => el('th', { scope: 'col' }, h)));
  const rows = run.differences.map((d) => el('tr', {}, el('th', { scope: 'row' }, d.label), el('td', {}, round(d.scenario, lang)), el('td', {}, round(d.baseline, lang)), el('td', {}, `${d.difference > 0 ? '+' : ''}${round(d.difference, lang)}`), el('td', {}, pct(d.percent, lang))));
  return el('div', { class: 'table-scroll' }, el('table', { class: 'data-table scenario-differences' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function modelCard(run: Run, lang: Lang): HTMLElement {
  const list = (lines: Line[]) => el('dl', {}, ...lines.flatMap((l) => [el('dt', {}, l.label), el('dd', {}, l.value, l.note ? el('span', { class: 'note' }, ` — ${l.note}`) : null)]));
  return el(
    'details',
    { class: 'model-card scenario-card', open: true },
    el('summary', {}, w(lang, 'card')),
    el('p', {}, run.modelCard.model),
    el('h4', {}, w(lang, 'estimates')),
    list(run.modelCard.estimates),
    el('h4', {}, w(lang, 'assumptions')),
    list(run.modelCard.assumptions),
    el('h4', {}, w(lang, 'structural')),
    el('ul', {}, ...run.modelCard.structural.map((s) => el('li', {}, s))),
    run.gaps.length ? el('h4', {}, w(lang, 'gaps')) : null,
    run.gaps.length ? el('ul', {}, ...run.gaps.map((g) => el('li', { 'data-stage': g.stage }, `${capital(g.label)}: ${monthLong(g.months[0], lang)}${g.months.length > 1 ? ` – ${monthLong(g.months.at(-1)!, lang)} (${g.months.length})` : ''}. ${g.note}`))) : null,
  );
}

const DEFAULT_SCENARIO = 'seed-2021-04';

export const scenarios: PageModule = {
  specs: {
    scenario: { default: DEFAULT_SCENARIO, valid: matches(/^[a-z0-9][a-z0-9-]{0,79}$/) },
    levers: { default: '', valid: validScenarioLevers },
    series: { default: 'encounters', valid: matches(/^[A-Za-z0-9-]{1,40}$/) },
  },
  async render(root: HTMLElement, ctx: PageContext): Promise<void> {
    const lang = ctx.view.lang;
    const p = ctx.view.params;
    pageHead(root, w(lang, 'title'), w(lang, 'lead'));
    const catalogue = await getJson<Catalogue>(`/api/scenarios?lang=${lang}`);
    // An unknown scenario shows the default one (not the first of the list), and says so.
    const askedScenario = ctx.view.rejected?.scenario ?? p.scenario;
    const chosen = catalogue.scenarios.find((s) => s.name === askedScenario) ?? catalogue.scenarios.find((s) => s.name === DEFAULT_SCENARIO) ?? catalogue.scenarios[0];
    if (chosen.name !== askedScenario) ctx.correct({ param: 'scenario', asked: askedScenario, shown: quoted(chosen.title, lang), value: chosen.name });
    if (ctx.view.rejected?.levers !== undefined) ctx.correct({ param: 'levers', asked: ctx.view.rejected.levers, shown: w(lang, 'ownLevers'), value: '' });
    const t0 = performance.now();
    const ownRun = await getJson<Run>(runPath(chosen.name, null, lang));
    // A lever the model does not have is left out, and said, rather than refused without a lever to mark.
    // The URL's own form, or levers written the command line's way (copied from `corridor scenario run --levers`): each
    // replaces that lever of the scenario, without a month from the scenario's timing or its first simulated month.
    let fromUrl = p.levers ? readLevers(p.levers, ownRun.levers, ownRun.months[0]) : null;
    const knownIds = new Set(catalogue.levers.map((d) => d.id));
    const unknownIds = Object.keys(fromUrl ?? {}).filter((id) => !knownIds.has(id));
    if (fromUrl && unknownIds.length) {
      for (const id of unknownIds) delete fromUrl[id];
      // The link keeps its writing: the command line's parts without the unknown lever, or the page's form of what is left.
      const keptParts = p.levers.split(',').filter((part) => !unknownIds.includes(leverIdOf(part)));
      const kept = commandLineLevers(p.levers) ? keptParts.join(',') : formatLevers(fromUrl);
      const parts = p.levers.split(',').filter((part) => unknownIds.includes(leverIdOf(part)));
      for (const part of parts) ctx.correct({ param: 'levers', name: 'lever', asked: part.trim(), shown: w(lang, kept ? 'leverLeftOut' : 'ownLevers'), value: kept });
      if (!kept) fromUrl = null;
    }
    // Every lever put back to no change: none runs (not the scenario's own).
    const asked = p.levers === NO_LEVERS ? {} : leversToRun(ownRun.levers, fromUrl && Object.keys(fromUrl).length ? fromUrl : null);
    // Levers the API refuses (out of range, outside the simulated months, unknown) are shown
    // beside the controls, the lever at fault marked, so the reader can fix them here.
    let run = ownRun;
    let refused: string | null = null;
    try {
      if (asked) run = await getJson<Run>(runPath(chosen.name, asked, lang));
    } catch (e) {
      if (!(e instanceof ApiError && e.unanswerable)) throw e;
      refused = e.message;
    }
    const ms = Math.round(performance.now() - t0);
    root.dataset.redrawMs = String(ms);

    // Another scenario starts from its own levers.
    const select = el('select', { 'data-param': 'scenario', name: 'scenario' }, ...catalogue.scenarios.map((s) => el('option', { value: s.name, selected: s.name === chosen.name }, s.title)));
    select.addEventListener('change', () => ctx.set({ scenario: select.value, levers: '' }));
    const pick = el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'scenario')), select);
    // With refused levers, the controls show what was asked (known levers only), not what last ran.
    const known = new Set(catalogue.levers.map((d) => d.id));
    const effective: LeverSet = refused && asked ? Object.fromEntries(Object.entries(asked).filter(([id]) => known.has(id))) : run.levers;
    const faulty = refused && asked ? faultyLevers(catalogue.levers, asked, refused) : new Map<string, 'value' | 'month'>();
    const setLever = (id: string, r: RampValue | null) => {
      const next: LeverSet = { ...effective };
      if (r) next[id] = r;
      else delete next[id];
      ctx.set({ levers: formatLevers(next) || NO_LEVERS });
    };
    const problem = refused
      ? el(
          'div',
          { class: 'scenario-invalid', role: 'alert', id: 'scenario-invalid' },
          el('p', {}, w(lang, 'invalid', { reason: refused })),
          (() => {
            const back = el('button', { type: 'button', 'data-levers-reset': '' }, w(lang, 'resetAll'));
            back.addEventListener('click', () => ctx.set({ levers: '' }));
            return back;
          })(),
        )
      : null;
    const controls = catalogue.levers.map((def) => {
      const row = leverControl(def, effective[def.id], ownRun.months, lang, (r) => setLever(def.id, r), ownRun.leverNeutral?.[def.id]);
      const fault = faulty.get(def.id);
      if (fault) {
        row.classList.add('lever-invalid');
        row.dataset.invalid = fault;
        const input = row.querySelector(FAULT_SELECTOR[fault](def.id));
        // A control says it is invalid; a shown text (end month, ramp) is marked and named by the alert.
        if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) input.setAttribute('aria-invalid', 'true');
        else input?.classList.add('invalid');
        input?.setAttribute('aria-describedby', 'scenario-invalid');
      }
      return row;
    });
    const panel = el(
      'section',
      { class: 'scenario-levers', 'aria-label': w(lang, 'levers') },
      el('h3', {}, w(lang, 'levers')),
      el('p', { class: 'note' }, chosen.description),
      problem,
      el('p', { class: 'note' }, w(lang, 'leversNote')),
      ...controls,
      refused ? null : el('p', { class: 'note redraw', 'data-redraw': '' }, w(lang, 'redraw', { ms })),
    );
    root.append(el('div', { class: 'controls' }, pick), panel);
    // No paths for levers that did not run: the figures would not be those of the controls.
    if (refused) return;

    const askedSeries = ctx.view.rejected?.series ?? p.series;
    const series = run.paths.some((x) => x.id === askedSeries) ? askedSeries : (run.paths.find((x) => x.id === 'encounters') ?? run.paths[0]).id;
    if (series !== askedSeries) ctx.correct({ param: 'series', asked: askedSeries, shown: quoted(run.paths.find((x) => x.id === series)!.label, lang), value: series });
    const chart = frame(root, 'scenario-paths', lang, w(lang, 'paths'), w(lang, 'pathsSub', { draws: run.draws, from: monthLong(run.window.from, lang), to: monthLong(run.window.to, lang) }));
    chart.el.insertBefore(
      el('div', { class: 'controls' }, selectControl(ctx, 'series', w(lang, 'series'), run.paths.map((x) => ({ value: x.id, label: x.label })), series)),
      chart.el.querySelector('.plot-area'),
    );
    const path = run.paths.find((x) => x.id === series)!;
    const cut = bandCut(path.points, chartTop(path.points));
    const sources = await sourcesById(sourcesRead(run), lang);
    chart.fill({
      plots: [pathPlot(run, series, lang, chart.width())],
      legend: [
        { label: w(lang, 'scenarioLine'), colour: PALETTE[0] },
        { label: w(lang, 'baseline'), colour: PALETTE[7] },
        { label: w(lang, 'actual'), colour: PALETTE[6] },
      ],
      notes: [asked ? w(lang, 'changedTitle', { title: run.title, levers: leverSummary(run.levers, catalogue.levers, lang) }) : run.title, cut ? w(lang, 'cutNote', { from: monthLong(cut.months[0], lang), to: monthLong(cut.months.at(-1)!, lang), max: round(cut.max, lang), at: monthLong(cut.at, lang) }) : null, sources.latest.length ? w(lang, 'latestVintage') : null],
      provenance: [sources],
      table: pathTable(path.points),
    });

    const map = frame(root, 'scenario-states', lang, w(lang, 'map'), w(lang, 'mapSub'));
    // The people sent back into each state are the Reception page's arrivals for the same scenario and levers.
    map.el.append(el('p', { class: 'scenario-reception' }, el('a', { href: `?${new URLSearchParams({ page: 'reception', lang, scenario: chosen.name, levers: asked ? formatLevers(asked) || NO_LEVERS : '' })}`, 'data-reception-link': '' }, w(lang, 'reception'))));
    try {
      const shapes = await api.shapes();
      const values = new Map<string, MapValue>();
      for (const [state, t] of stateTotals(run)) {
        values.set(state, { value: t.scenario, title: `${t.label}\n${w(lang, 'scenarioLine')}: ${round(t.scenario, lang)}\n${w(lang, 'baseline')}: ${round(t.baseline, lang)}\n${w(lang, 'waitingEnd')}: ${round(t.waiting, lang)}` });
      }
      map.fill({
        plots: [choropleth(shapes, values, { width: map.width(), lang, label: w(lang, 'mapLabel') })],
        provenance: [sources],
        table: statesTable(run.states),
      });
    } catch (e) {
      map.fail(e);
    }

    const download = el('button', { type: 'button', 'data-download': 'json' }, w(lang, 'json'));
    download.addEventListener('click', () => save(`corridor-scenario-${run.name}.json`, new Blob([JSON.stringify(run, null, 2)], { type: 'application/json' })));
    root.append(el('section', { class: 'scenario-table' }, el('h3', {}, w(lang, 'differences')), el('p', { class: 'note' }, w(lang, 'differencesNote')), differenceTable(run, lang), el('div', { class: 'downloads' }, download)), modelCard(run, lang));
  },
};
