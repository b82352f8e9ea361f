/**
 * Reception (issue 11): where and when beds run out in Mexico's northern border cities
 * (/api/reception, docs/RECEPTION.md). A map of the cities for a chosen week (a click picks
 * a city), the coordinator's view of that city for that week and the next four, the alerts
 * and the assumptions (the demo registry said plainly), the plan as CSV and JSON, and a
 * week-by-week chart per city. The plan is an LP solve that can take seconds on a cold
 * store: the page says so while it waits, and keeps the answer so that picking another
 * city or week does not solve it again.
 */
import * as Plot from '@observablehq/plot';
import { api, getJson } from '../api';
import { csvText, save } from '../charts/download';
import { frame } from '../charts/frame';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { type PageContext } from '../controls';
import { el } from '../dom';
import { dateOf, num, timeTicks } from '../format';
import { matches } from '../state';
import type { Lang } from '../types';
import { pageHead, type PageModule } from './common';
import { cityWeeks, planTable, weekText, type Plan } from './reception-data';
import { drawReceptionMap } from './reception-map';
import { shelterView } from './reception-shelter';
import { w } from './reception-words';
import './reception.css';

const plans = new Map<Lang, Promise<Plan>>();
function planOf(lang: Lang): Promise<Plan> {
  let p = plans.get(lang);
  if (!p) {
    p = getJson<Plan>(`/api/reception?lang=${lang}`);
    p.catch(() => plans.delete(lang));
    plans.set(lang, p);
  }
  return p;
}

const COLOUR = { arrivals: PALETTE[0], beds: PALETTE[7], occupied: PALETTE[2], unmet: PALETTE[5] };

function alertList(plan: Plan, lang: Lang): HTMLElement {
  const names = new Map(plan.cities.map((c) => [c.code, c.name]));
  const items = plan.alerts.map((a) => el('li', { 'data-alert': a.type, 'data-city': a.city }, el('strong', {}, `${names.get(a.city) ?? a.city}, ${weekText(a.week, lang)}: `), a.message));
  return el('section', { class: 'reception-alerts', 'aria-label': w(lang, 'alerts') }, el('h3', {}, w(lang, 'alerts')), items.length ? el('ul', {}, ...items) : el('p', {}, w(lang, 'noAlerts')));
}

function assumptionList(plan: Plan, lang: Lang): HTMLElement {
  const items = plan.assumptions.map((a) => el('li', { 'data-assumption': a.id }, a.text, el('span', { class: 'note' }, ` (${w(lang, `basis_${a.basis}`)})`)));
  return el('section', { class: 'reception-assumptions' }, el('h3', {}, w(lang, 'assumptions')), el('p', { class: 'reception-demo', role: 'note' }, w(lang, 'demo')), el('ul', {}, ...items));
}

function cityPlot(plan: Plan, city: string, lang: Lang, width: number): Element {
  const rows = cityWeeks(plan, city).map((r) => ({ ...r, x: dateOf(r.week), title: [weekText(r.week, lang), `${w(lang, 'arrivals')}: ${num(r.arrivals, lang)}`, `${w(lang, 'beds')}: ${num(r.beds, lang)}`, `${w(lang, 'occupied')}: ${num(r.occupied, lang)}`, `${w(lang, 'unmet')}: ${num(r.unmet, lang)}`].join('\n') }));
  return clean(
    Plot.plot({
      width,
      height: Math.min(260, Math.max(200, width * 0.4)),
      marginLeft: 56,
      marginRight: 12,
      x: { type: 'utc', label: null, ticks: width < 500 ? 3 : 6, tickFormat: timeTicks(lang) },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), nice: true, zero: true },
      marks: [
        Plot.rectY(rows, { x1: (d: { x: Date }) => d.x, x2: (d: { x: Date }) => new Date(d.x.getTime() + 6 * 864e5), y: 'unmet', fill: COLOUR.unmet, fillOpacity: 0.7 }),
        Plot.lineY(rows, { x: 'x', y: 'beds', stroke: COLOUR.beds, strokeWidth: 1.8, strokeDasharray: '5,3' }),
        Plot.lineY(rows, { x: 'x', y: 'occupied', stroke: COLOUR.occupied, strokeWidth: 2 }),
        Plot.lineY(rows, { x: 'x', y: 'arrivals', stroke: COLOUR.arrivals, strokeWidth: 2.2 }),
        Plot.dot(rows, { x: 'x', y: 'arrivals', fill: COLOUR.arrivals, r: 2.2, title: 'title' }),
      ],
    }),
  );
}

function cityCharts(root: HTMLElement, plan: Plan, lang: Lang): void {
  root.append(el('h3', {}, w(lang, 'charts')));
  const legend = (['arrivals', 'beds', 'occupied', 'unmet'] as const).map((k) => ({ label: w(lang, k), colour: COLOUR[k] }));
  for (const c of plan.cities) {
    const f = frame(root, `reception-${c.code}`, lang, `${c.name} (${c.state})`, w(lang, 'chartSub'));
    f.fill({
      plots: [cityPlot(plan, c.code, lang, f.width())],
      legend,
      table: { columns: ['week', 'arriving_people', 'beds', 'beds_in_use', 'unmet_people'], rows: cityWeeks(plan, c.code).map((r) => [r.week, r.arrivals, r.beds, r.occupied, r.unmet]) },
    });
  }
}

export const reception: PageModule = {
  specs: { city: { default: '', valid: matches(/^[A-Za-z0-9._-]{0,40}$/) }, week: { default: '', valid: matches(/^(\d{4}-\d{2}-\d{2})?$/) } },
  async render(root: HTMLElement, ctx: PageContext): Promise<void> {
    const lang = ctx.view.lang;
    pageHead(root, w(lang, 'title'), w(lang, 'lead'));
    const waiting = el('p', { class: 'loading', role: 'status' }, w(lang, 'loading'));
    root.append(waiting);
    const [plan, shapes] = await Promise.all([planOf(lang), api.shapes()]);
    waiting.remove();
    const city = plan.cities.some((c) => c.code === ctx.view.params.city) ? ctx.view.params.city : (plan.alerts[0]?.city ?? plan.cities[0]?.code ?? '');
    const week = Math.max(0, plan.weeks.indexOf(ctx.view.params.week));
    const csv = el('button', { type: 'button', 'data-download': 'plan-csv' }, w(lang, 'csv'));
    csv.addEventListener('click', () => save('corridor-reception-plan.csv', new Blob([csvText(planTable(plan))], { type: 'text/csv;charset=utf-8' })));
    const json = el('button', { type: 'button', 'data-download': 'plan-json' }, w(lang, 'json'));
    json.addEventListener('click', () => save(`corridor-reception-plan-${lang}.json`, new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' })));
    // The same HTML `corridor reception brief` prints to PDF; the browser prints it.
    const brief = el('a', { href: `/api/reception/brief?lang=${lang}`, target: '_blank', rel: 'noopener', 'data-download': 'brief' }, w(lang, 'brief'));
    const s = plan.solver;
    drawReceptionMap(root, plan, shapes, week, city, ctx);
    root.append(
      shelterView(plan, city, week, ctx),
      alertList(plan, lang),
      assumptionList(plan, lang),
      el('p', { class: 'note' }, w(lang, 'solver', { s: num(s.seconds, lang, 1), status: s.status, unmet: num(s.unmetPeople, lang) })),
      el('div', { class: 'downloads' }, csv, json, brief),
    );
    cityCharts(root, plan, lang);
  },
};
