/**
 * The effect of a timeline event on a monthly series (/api/impact): the months fitted
 * and the months after the event, observed against the counterfactual with its interval
 * band; the cumulative effect with its interval; the other events in the window listed
 * (never attributed); the method, notes and sources.
 */
import * as Plot from '@observablehq/plot';
import { api, getJson, type SeriesQuery } from '../api';
import { frame } from '../charts/frame';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { controlBar, selectControl, type PageContext } from '../controls';
import { el, outLink } from '../dom';
import { dateOf, dayText, num, periodText, timeTicks } from '../format';
import type { Lang, PolicyEvent, Provenance } from '../types';
import { quoted } from '../corrections';
import { DEFAULT_EVENT, IMPACT_MODELS, IMPACT_SERIES } from './policy-choices';
import { pt, type PolicyKey } from './policy-text';

type Bounds = { lower: number; upper: number };
interface ImpactMonth {
  period: string;
  observed: number;
  counterfactual: number;
  counterfactual_interval: Bounds;
  effect: number;
  effect_interval: Bounds;
  relative_effect: number | null;
  cumulative: { observed: number; counterfactual: number; effect: number; interval: Bounds; relative_effect: number | null; significant: boolean };
}
export interface Impact {
  event: { id: string; date: string; title: string; source: string };
  measure: string;
  where: string[];
  model: string;
  log: boolean;
  level: number;
  pre: { from: string; to: string; months: number };
  post: { from: string; to: string; months: number };
  months: ImpactMonth[];
  total: ImpactMonth['cumulative'] | null;
  intervals: { method: string; level: number; origins: number; why: string | null };
  overlapping: { id: string; date: string; end_date: string | null; title: string; position: string; position_label: string; related: boolean }[];
  notes: string[];
  method: string;
  provenance: Provenance;
}

/** Each series the page offers: its measure and filters. */
export const SERIES: Record<(typeof IMPACT_SERIES)[number], { measure: string; where: Record<string, string> }> = {
  swb: { measure: 'encounters', where: { geography: 'US-SWB' } },
  'swb-usbp': { measure: 'encounters', where: { geography: 'US-SWB', component: 'USBP' } },
  'swb-ofo': { measure: 'encounters', where: { geography: 'US-SWB', component: 'OFO' } },
  'swb-mex': { measure: 'encounters', where: { geography: 'US-SWB', citizenship: 'MEX' } },
  'swb-ven': { measure: 'encounters', where: { geography: 'US-SWB', citizenship: 'VEN' } },
  'swb-uc': { measure: 'encounters', where: { geography: 'US-SWB', demographic: 'UC' } },
  'mx-presentados': { measure: 'mx-presentados', where: { geography: 'MX' } },
};

export function impactPath(p: Record<string, string>, lang: Lang): string {
  const s = SERIES[p.ser as keyof typeof SERIES] ?? SERIES.swb;
  const q = new URLSearchParams({ event: p.ev, measure: s.measure });
  for (const [dim, code] of Object.entries(s.where)) q.append('where', `${dim}=${code}`);
  q.set('window-after', p.after);
  q.set('model', p.model);
  q.set('lang', lang);
  return `/api/impact?${q}`;
}

const month = (period: string, lang: Lang) => periodText(period, 'month', lang);
const round = (v: number, lang: Lang) => num(Math.round(v), lang);
const signed = (v: number, lang: Lang) => `${v > 0 ? '+' : ''}${round(v, lang)}`;
/** Width of a label in the chart's 11 px type, generously (a wider guess only moves the label sooner). */
const labelWidth = (text: string) => text.length * 6.4 + 8;

/**
 * Where the event's label goes: after its rule while it fits the chart, else before it, else
 * wrapped (Plot's lineWidth, in ems of the 11 px type) on whichever side has more room. On a
 * phone the plot is about 310 px wide and a title can need more than that: wrapping keeps the
 * whole title, where cutting it could drop what matters ("... Title 42").
 */
export function eventLabel(title: string, at: number, width: number, margins: { left: number; right: number }): { anchor: 'start' | 'end'; lineWidth?: number } {
  // Inside the plot area: the left margin holds the y axis's labels.
  const right = width - margins.right - at;
  const left = at - margins.left;
  if (labelWidth(title) <= right) return { anchor: 'start' };
  if (labelWidth(title) <= left) return { anchor: 'end' };
  const room = Math.max(right, left);
  return { anchor: right >= left ? 'start' : 'end', lineWidth: Math.max(4, (room - 12) / 11) };
}

const pct = (v: number | null, lang: Lang) => (v === null ? '–' : `${v > 0 ? '+' : ''}${num(v * 100, lang, 1)}%`);

function mainPlot(r: Impact, before: { x: Date; y: number }[], lang: Lang, width: number): Element {
  const level = r.level;
  const post = r.months.map((m) => ({
    x: dateOf(m.period),
    observed: m.observed,
    cf: m.counterfactual,
    lo: m.counterfactual_interval.lower,
    hi: m.counterfactual_interval.upper,
    title: [month(m.period, lang), `${pt(lang, 'observed')}: ${round(m.observed, lang)}`, `${pt(lang, 'counterfactual')}: ${round(m.counterfactual, lang)}`, `${pt(lang, 'band', { level })}: ${round(m.counterfactual_interval.lower, lang)} – ${round(m.counterfactual_interval.upper, lang)}`, `${pt(lang, 'effect')}: ${signed(m.effect, lang)} (${pct(m.relative_effect, lang)})`].join('\n'),
  }));
  const eventDate = dateOf(r.event.date);
  // The band can be far wider than the series (a log model's upper bound): the axis keeps to the series, the band is clipped.
  const top = Math.max(...post.map((d) => Math.max(d.observed, d.cf)), ...before.map((d) => d.y)) * 1.6;
  const colour = { observed: PALETTE[6], cf: PALETTE[0], before: PALETTE[7] };
  const [marginLeft, marginRight] = [64, 16];
  const times = [...before.map((d) => d.x), ...post.map((d) => d.x), eventDate].map((d) => d.getTime());
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const at = marginLeft + ((eventDate.getTime() - t0) / Math.max(1, t1 - t0)) * (width - marginLeft - marginRight);
  const label = eventLabel(r.event.title, at, width, { left: marginLeft, right: marginRight });
  return clean(
    Plot.plot({
      width,
      height: 320,
      marginLeft,
      marginRight,
      x: { type: 'utc', label: null, tickFormat: timeTicks(lang) },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), domain: [0, top], nice: true },
      marks: [
        Plot.areaY(post, { x: 'x', y1: 'lo', y2: (d: { hi: number }) => Math.min(d.hi, top), fill: colour.cf, fillOpacity: 0.18, clip: true, className: 'impact-band' }),
        Plot.ruleX([eventDate], { stroke: '#D55E00', strokeDasharray: '4,3' }),
        Plot.text([eventDate], { x: (d: Date) => d, frameAnchor: 'top', dy: 2, dx: label.anchor === 'start' ? 4 : -4, textAnchor: label.anchor, lineWidth: label.lineWidth, text: () => r.event.title, fill: '#D55E00', fontSize: 11 }),
        Plot.ruleY([0]),
        Plot.lineY(before, { x: 'x', y: 'y', stroke: colour.before, strokeWidth: 1.5, className: 'impact-before' }),
        Plot.lineY(post, { x: 'x', y: 'cf', stroke: colour.cf, strokeWidth: 1.8, strokeDasharray: '5,3', className: 'impact-counterfactual' }),
        Plot.lineY(post, { x: 'x', y: 'observed', stroke: colour.observed, strokeWidth: 2, className: 'impact-observed' }),
        Plot.dot(post, { x: 'x', y: 'observed', fill: colour.observed, r: 2.5, className: 'impact-observed-dot' }),
        Plot.tip(post, Plot.pointerX({ x: 'x', y: 'observed', title: 'title' })),
      ],
    }),
  );
}

function cumulativePlot(r: Impact, lang: Lang, width: number): Element {
  const level = r.level;
  const data = r.months.map((m) => ({
    x: dateOf(m.period),
    y: m.cumulative.effect,
    lo: m.cumulative.interval.lower,
    hi: m.cumulative.interval.upper,
    title: [month(m.period, lang), `${pt(lang, 'cumulative')}: ${signed(m.cumulative.effect, lang)} (${pct(m.cumulative.relative_effect, lang)})`, `${pt(lang, 'band', { level })}: ${round(m.cumulative.interval.lower, lang)} – ${round(m.cumulative.interval.upper, lang)}`].join('\n'),
  }));
  return clean(
    Plot.plot({
      width,
      height: 220,
      marginLeft: 72,
      marginRight: 16,
      x: { type: 'utc', label: null, tickFormat: timeTicks(lang) },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), nice: true },
      marks: [
        Plot.areaY(data, { x: 'x', y1: 'lo', y2: 'hi', fill: PALETTE[3], fillOpacity: 0.2, className: 'impact-cumulative-band' }),
        Plot.ruleY([0], { stroke: '#333' }),
        Plot.lineY(data, { x: 'x', y: 'y', stroke: PALETTE[3], strokeWidth: 2, className: 'impact-cumulative' }),
        Plot.dot(data, { x: 'x', y: 'y', fill: PALETTE[3], r: 2.5 }),
        Plot.tip(data, Plot.pointerX({ x: 'x', y: 'y', title: 'title' })),
      ],
    }),
  );
}

export async function drawImpact(root: HTMLElement, ctx0: PageContext, events: PolicyEvent[]): Promise<void> {
  // An event the timeline does not have (an old or mistyped link) shows the default one, and says so, as the other pages do;
  // before, both charts said the API's 404 and the link kept the unknown event.
  const asked = ctx0.view.params.ev;
  const shown = events.find((e) => e.id === asked) ?? events.find((e) => e.id === DEFAULT_EVENT) ?? events[0];
  if (shown && shown.id !== asked) ctx0.correct({ param: 'ev', asked, shown: quoted(shown.title[ctx0.view.lang], ctx0.view.lang), value: shown.id });
  const ctx: PageContext = shown && shown.id !== asked ? { ...ctx0, view: { ...ctx0.view, params: { ...ctx0.view.params, ev: shown.id } } } : ctx0;
  const { lang, params: p } = ctx.view;
  const section = el('section', { class: 'policy-section', 'aria-labelledby': 'policy-impact' }, el('h2', { id: 'policy-impact', class: 'section-title' }, pt(lang, 'impactTitle')));
  root.append(section);
  const eventOptions = events.map((e) => ({ value: e.id, label: `${dayText(e.date, lang, e.datePrecision)} · ${e.title[lang]}` }));
  const precision = new Map(events.map((e) => [e.id, e.datePrecision]));
  section.append(
    controlBar(
      selectControl(ctx, 'ev', pt(lang, 'event'), eventOptions),
      selectControl(ctx, 'ser', pt(lang, 'series'), IMPACT_SERIES.map((s) => ({ value: s, label: pt(lang, `series.${s}` as PolicyKey) }))),
      selectControl(ctx, 'model', pt(lang, 'model'), IMPACT_MODELS.map((m) => ({ value: m, label: m.toUpperCase() }))),
      selectControl(ctx, 'after', pt(lang, 'after'), ['6', '12', '18', '24'].map((m) => ({ value: m, label: m }))),
    ),
  );
  const seriesLabel = pt(lang, `series.${p.ser}` as PolicyKey);
  const main = frame(section, 'policy-impact', lang, seriesLabel, pt(lang, 'impactSub', { level: 95 }));
  const cumulative = frame(section, 'policy-impact-cumulative', lang, pt(lang, 'cumulativeTitle'), pt(lang, 'cumulativeSub', { level: 95 }));
  const listing = el('div', { class: 'impact-overlap', 'aria-live': 'polite' });
  section.append(listing);
  let r: Impact;
  try {
    r = await getJson<Impact>(impactPath(p, lang));
  } catch (e) {
    main.fail(e);
    cumulative.fail(e);
    return;
  }
  main.el.querySelector('h3')!.textContent = `${r.event.title}: ${seriesLabel}`;
  const s = SERIES[p.ser as keyof typeof SERIES] ?? SERIES.swb;
  let before: { x: Date; y: number }[] = [];
  try {
    const q: SeriesQuery = { measure: s.measure, where: s.where, grain: 'month', from: r.pre.from, to: r.pre.to };
    const pre = await api.series(q, lang);
    before = pre.rows.filter((row) => row.value !== null).map((row) => ({ x: dateOf(row.period), y: row.value! }));
    const lastPre = before.at(-1);
    const first = r.months[0];
    if (lastPre && first) before.push({ x: dateOf(first.period), y: first.observed });
  } catch {
    // The months fitted are context only; the estimate stands without them.
  }
  const level = r.level;
  const legend = [
    { label: pt(lang, 'before'), colour: PALETTE[7] },
    { label: pt(lang, 'observed'), colour: PALETTE[6] },
    { label: pt(lang, 'counterfactual'), colour: PALETTE[0] },
    { label: pt(lang, 'band', { level }), colour: '#b8d4ea' },
  ];
  const t = r.total;
  const totalText = t
    ? pt(lang, 'total', {
        n: r.months.length,
        from: month(r.post.from, lang),
        observed: round(t.observed, lang),
        counterfactual: round(t.counterfactual, lang),
        effect: signed(t.effect, lang),
        relative: pct(t.relative_effect, lang),
        level,
        lower: round(t.interval.lower, lang),
        upper: round(t.interval.upper, lang),
      })
    : null;
  const fitted = pt(lang, 'fitted', { from: month(r.pre.from, lang), to: month(r.pre.to, lang), n: r.pre.months, model: r.model, log: r.log ? pt(lang, 'logScale') : '' });
  const table = {
    columns: ['period', 'observed', 'counterfactual', 'cf_lower', 'cf_upper', 'effect', 'effect_lower', 'effect_upper', 'cumulative_effect', 'cumulative_lower', 'cumulative_upper', 'significant'],
    rows: r.months.map((m) => [m.period, m.observed, Math.round(m.counterfactual), Math.round(m.counterfactual_interval.lower), Math.round(m.counterfactual_interval.upper), Math.round(m.effect), Math.round(m.effect_interval.lower), Math.round(m.effect_interval.upper), Math.round(m.cumulative.effect), Math.round(m.cumulative.interval.lower), Math.round(m.cumulative.interval.upper), m.cumulative.significant]),
  };
  main.el.dataset.event = r.event.id;
  main.fill({ plots: [mainPlot(r, before, lang, main.width())], legend, notes: [fitted, ...r.notes, r.intervals.why], provenance: [r.provenance], table });
  cumulative.fill({
    plots: [cumulativePlot(r, lang, cumulative.width())],
    notes: [totalText, t ? pt(lang, t.significant ? 'significant' : 'notSignificant') : null, `${pt(lang, 'method')}: ${r.method}`],
    provenance: [r.provenance],
    table,
  });
  if (t) cumulative.el.dataset.significant = String(t.significant);
  listing.append(
    el('h3', {}, pt(lang, 'overlapping')),
    r.overlapping.length
      ? el(
          'ul',
          { class: 'overlap-list' },
          ...r.overlapping.map((o) =>
            el('li', { 'data-overlap': o.id }, el('time', { datetime: o.date }, dayText(o.date, lang, precision.get(o.id)), o.end_date ? ` – ${dayText(o.end_date, lang, precision.get(o.id))}` : ''), ' ', el('strong', {}, o.title), ` · ${o.position_label}`, o.related ? ` · ${pt(lang, 'related')}` : ''),
          ),
        )
      : el('p', {}, pt(lang, 'noOverlap')),
    el('p', { class: 'note' }, `${pt(lang, 'eventSource')}: `, outLink(r.event.source, r.event.source)),
  );
}
