/**
 * Scenarios: what happens if Mexico steps up enforcement or takes in more expelled families
 * (/api/scenario, docs/SCENARIOS.md). A shipped scenario, a slider and a start month per
 * lever, the paths with their 80% and 95% bands against the no-change baseline and the
 * actuals, the border-state map of people sent back into Mexico, the difference table, the
 * model card and downloads. The URL holds the scenario and every lever moved.
 */
import * as Plot from '@observablehq/plot';
import { api, ApiError, getJson } from '../api';
import { save } from '../charts/download';
import { frame } from '../charts/frame';
import { choropleth, type MapValue } from '../charts/maps';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { selectControl, type PageContext } from '../controls';
import './scenarios.css';
import { el } from '../dom';
import { dateOf, num, periodText, timeTicks } from '../format';
import { matches } from '../state';
import type { Lang } from '../types';
import { pageHead, type PageModule } from './common';
import { formatLevers, leverControl, parseLevers, validLevers, type LeverDef, type LeverSet, type RampValue } from './scenarios-levers';

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
  paths: { id: string; label: string; points: { month: string; scenario: Band; baseline: Band; actual: number | null }[] }[];
  states: { state: string; label: string; months: { month: string; intoMexico: Band; nonMexicans: Band; waiting: Band; baselineIntoMexico: Band; baselineWaiting: Band }[] }[];
  differences: { id: string; label: string; scenario: number; baseline: number; difference: number; percent: number | null }[];
  modelCard: { model: string; window: { from: string; to: string }; draws: number; estimates: Line[]; assumptions: Line[]; structural: string[] };
  gaps: { stage: string; months: string[]; note: string }[];
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
    leversNote: 'A lever applies from its month on; × puts it back to no change. Hover a lever for its definition.',
    series: 'Series',
    paths: 'Scenario against no change',
    pathsSub: 'Median of {draws} draws; shaded: 80% (darker) and 95% bands. Calibrated on {from} – {to}.',
    scenarioLine: 'Scenario',
    baseline: 'No change',
    actual: 'What happened',
    map: "People sent back into Mexico's northern border states",
    mapSub: 'Total over the simulated months (sum of monthly medians), scenario.',
    mapLabel: 'people sent back',
    waitingEnd: 'waiting at the end',
    differences: 'What the levers changed',
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
  },
  es: {
    title: 'Escenarios',
    lead: '¿Y si México reforzara el control en su frontera sur, o aceptara más de las familias que EE. UU. expulsa? Un modelo calibrado del corredor, contrastado con cambios de política pasados (docs/SCENARIOS.md). Mueva una palanca: las trayectorias se simulan de nuevo frente a la línea base sin cambios.',
    scenario: 'Escenario',
    levers: 'Palancas',
    leversNote: 'Una palanca se aplica desde su mes; × la devuelve a sin cambio. Pase el cursor sobre una palanca para ver su definición.',
    series: 'Serie',
    paths: 'Escenario frente a sin cambios',
    pathsSub: 'Mediana de {draws} réplicas; sombreado: bandas del 80% (más oscuro) y del 95%. Calibrado con {from} – {to}.',
    scenarioLine: 'Escenario',
    baseline: 'Sin cambios',
    actual: 'Lo que ocurrió',
    map: 'Personas devueltas a los estados de la frontera norte de México',
    mapSub: 'Total de los meses simulados (suma de medianas mensuales), escenario.',
    mapLabel: 'personas devueltas',
    waitingEnd: 'esperando al final',
    differences: 'Qué cambiaron las palancas',
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
  },
};
type Word = keyof (typeof W)['en'];
const w = (lang: Lang, key: Word, vars: Record<string, string | number> = {}) => W[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const pct = (v: number | null, lang: Lang) => (v === null ? '–' : `${v > 0 ? '+' : ''}${num(v * 100, lang, 1)}%`);
const round = (v: number, lang: Lang) => num(Math.round(v), lang);

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
 * range (checked here), or the lever and field the API's message names ("levers.X.from").
 */
export function faultyLevers(defs: LeverDef[], asked: LeverSet, message: string): Map<string, 'value' | 'month'> {
  const out = new Map<string, 'value' | 'month'>();
  for (const def of defs) {
    const r = asked[def.id];
    if (!r) continue;
    if (!(r.value >= def.min && r.value <= def.max)) out.set(def.id, 'value');
    else if (new RegExp(`levers\\.${def.id}\\.(from|to)\\b`).test(message)) out.set(def.id, 'month');
    else if (new RegExp(`levers\\.${def.id}\\b`).test(message)) out.set(def.id, 'value');
  }
  return out;
}

function runPath(name: string, levers: LeverSet | null, lang: Lang): string {
  const q = new URLSearchParams({ name, lang });
  if (levers) q.set('levers', JSON.stringify(levers));
  return `/api/scenario?${q}`;
}

function pathPlot(run: Run, id: string, lang: Lang, width: number): Element {
  const path = run.paths.find((p) => p.id === id) ?? run.paths[0];
  const data = path.points.map((p) => ({
    x: dateOf(`${p.month}-01`),
    ...p.scenario,
    base: p.baseline.median,
    actual: p.actual,
    title: [periodText(`${p.month}-01`, 'month', lang), `${w(lang, 'scenarioLine')}: ${round(p.scenario.median, lang)} (80%: ${round(p.scenario.lower80, lang)} – ${round(p.scenario.upper80, lang)})`, `${w(lang, 'baseline')}: ${round(p.baseline.median, lang)}`, p.actual === null ? '' : `${w(lang, 'actual')}: ${round(p.actual, lang)}`].filter(Boolean).join('\n'),
  }));
  const colour = { scenario: PALETTE[0], base: PALETTE[7], actual: PALETTE[6] };
  // A wide 95% band should not flatten the paths: the axis keeps to twice the largest path, the band is clipped.
  const top = 2 * Math.max(...data.map((d) => Math.max(d.median, d.base, d.actual ?? 0)));
  return clean(
    Plot.plot({
      width,
      height: Math.min(340, Math.max(240, width * 0.5)),
      marginLeft: 64,
      marginRight: 12,
      x: { type: 'utc', label: null, ticks: width < 500 ? 4 : 8, tickFormat: timeTicks(lang) },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), domain: [0, top], nice: true },
      marks: [
        Plot.areaY(data, { x: 'x', y1: 'lower95', y2: (d: Band) => Math.min(d.upper95, top), fill: colour.scenario, fillOpacity: 0.12, clip: true, className: 'scenario-95' }),
        Plot.areaY(data, { x: 'x', y1: 'lower80', y2: (d: Band) => Math.min(d.upper80, top), fill: colour.scenario, fillOpacity: 0.25, clip: true, className: 'scenario-80' }),
        Plot.lineY(data, { x: 'x', y: 'base', stroke: colour.base, strokeWidth: 1.8, strokeDasharray: '5,3', className: 'scenario-baseline' }),
        Plot.lineY(data, { x: 'x', y: 'median', stroke: colour.scenario, strokeWidth: 2.2, className: 'scenario-median' }),
        Plot.lineY(data.filter((d) => d.actual !== null), { x: 'x', y: 'actual', stroke: colour.actual, strokeWidth: 1.8, className: 'scenario-actual' }),
        Plot.dot(data, { x: 'x', y: 'median', fill: colour.scenario, r: 2.2, title: 'title' }),
      ],
    }),
  );
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
    run.gaps.length ? el('ul', {}, ...run.gaps.map((g) => el('li', {}, `${g.stage}: ${g.months[0]}${g.months.length > 1 ? ` – ${g.months.at(-1)} (${g.months.length})` : ''}. ${g.note}`))) : null,
  );
}

export const scenarios: PageModule = {
  specs: {
    scenario: { default: 'seed-2021-04', valid: matches(/^[a-z0-9][a-z0-9-]{0,79}$/) },
    levers: { default: '', valid: validLevers },
    series: { default: 'encounters', valid: matches(/^[A-Za-z0-9-]{1,40}$/) },
  },
  async render(root: HTMLElement, ctx: PageContext): Promise<void> {
    const lang = ctx.view.lang;
    const p = ctx.view.params;
    pageHead(root, w(lang, 'title'), w(lang, 'lead'));
    const catalogue = await getJson<Catalogue>(`/api/scenarios?lang=${lang}`);
    const chosen = catalogue.scenarios.find((s) => s.name === p.scenario) ?? catalogue.scenarios[0];
    const t0 = performance.now();
    const ownRun = await getJson<Run>(runPath(chosen.name, null, lang));
    const asked = leversToRun(ownRun.levers, parseLevers(p.levers));
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
      ctx.set({ levers: formatLevers(next) || 'enforcementSouth:1:' + ownRun.months[0] });
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
      const row = leverControl(def, effective[def.id], ownRun.months, lang, (r) => setLever(def.id, r));
      const fault = faulty.get(def.id);
      if (fault) {
        row.classList.add('lever-invalid');
        row.dataset.invalid = fault;
        const input = row.querySelector(fault === 'month' ? `select[data-lever-from="${def.id}"]` : `input[data-lever="${def.id}"]`);
        input?.setAttribute('aria-invalid', 'true');
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

    const series = run.paths.some((x) => x.id === p.series) ? p.series : 'encounters';
    const chart = frame(root, 'scenario-paths', lang, w(lang, 'paths'), w(lang, 'pathsSub', { draws: run.draws, from: run.window.from, to: run.window.to }));
    chart.el.insertBefore(
      el('div', { class: 'controls' }, selectControl(ctx, 'series', w(lang, 'series'), run.paths.map((x) => ({ value: x.id, label: x.label })), series)),
      chart.el.querySelector('.plot-area'),
    );
    const path = run.paths.find((x) => x.id === series)!;
    chart.fill({
      plots: [pathPlot(run, series, lang, chart.width())],
      legend: [
        { label: w(lang, 'scenarioLine'), colour: PALETTE[0] },
        { label: w(lang, 'baseline'), colour: PALETTE[7] },
        { label: w(lang, 'actual'), colour: PALETTE[6] },
      ],
      notes: [run.title],
      table: {
        columns: ['month', 'scenario_median', 'scenario_lower80', 'scenario_upper80', 'scenario_lower95', 'scenario_upper95', 'baseline_median', 'actual'],
        rows: path.points.map((x) => [x.month, x.scenario.median, x.scenario.lower80, x.scenario.upper80, x.scenario.lower95, x.scenario.upper95, x.baseline.median, x.actual]),
      },
    });

    const map = frame(root, 'scenario-states', lang, w(lang, 'map'), w(lang, 'mapSub'));
    try {
      const shapes = await api.shapes();
      const values = new Map<string, MapValue>();
      for (const s of run.states) {
        const total = s.months.reduce((t, m) => t + m.intoMexico.median, 0);
        const base = s.months.reduce((t, m) => t + m.baselineIntoMexico.median, 0);
        const waiting = s.months.at(-1)?.waiting.median ?? 0;
        values.set(s.state, { value: total, title: `${s.label}\n${w(lang, 'scenarioLine')}: ${round(total, lang)}\n${w(lang, 'baseline')}: ${round(base, lang)}\n${w(lang, 'waitingEnd')}: ${round(waiting, lang)}` });
      }
      map.fill({
        plots: [choropleth(shapes, values, { width: map.width(), lang, label: w(lang, 'mapLabel') })],
        table: {
          columns: ['state', 'state_label', 'month', 'into_mexico_median', 'into_mexico_lower80', 'into_mexico_upper80', 'non_mexicans_median', 'waiting_median', 'baseline_into_mexico_median', 'baseline_waiting_median'],
          rows: run.states.flatMap((s) => s.months.map((m) => [s.state, s.label, m.month, m.intoMexico.median, m.intoMexico.lower80, m.intoMexico.upper80, m.nonMexicans.median, m.waiting.median, m.baselineIntoMexico.median, m.baselineWaiting.median])),
        },
      });
    } catch (e) {
      map.fail(e);
    }

    const download = el('button', { type: 'button', 'data-download': 'json' }, w(lang, 'json'));
    download.addEventListener('click', () => save(`corridor-scenario-${run.name}.json`, new Blob([JSON.stringify(run, null, 2)], { type: 'application/json' })));
    root.append(el('section', { class: 'scenario-table' }, el('h3', {}, w(lang, 'differences')), differenceTable(run, lang), el('div', { class: 'downloads' }, download)), modelCard(run, lang));
  },
};
