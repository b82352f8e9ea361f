/**
 * Reception (issue 11): where and when beds run out in Mexico's northern border cities
 * (/api/reception, docs/RECEPTION.md). A map of the cities for a chosen week (a click picks
 * a city), the planned weeks (start, weeks: reception-weeks.ts, from INM's arrivals or a
 * scenario's), the coordinator's view of that city for that week and the next four, the alerts
 * and the assumptions (the demo registry said plainly), the plan as CSV and JSON, and a
 * week-by-week chart per city. The plan is an LP solve that can take seconds on a cold
 * store: the page says so while it waits, and keeps the answer so that picking another
 * city or week does not solve it again.
 */
import { api, ApiError, getJson } from '../api';
import { csvText, save } from '../charts/download';
import { frame } from '../charts/frame';
import { type PageContext } from '../controls';
import { el } from '../dom';
import { quoted } from '../corrections';
import { num } from '../format';
import { matches } from '../state';
import type { Lang } from '../types';
import { pageHead, sourcesById, type PageModule } from './common';
import { COLOUR, cityPlots } from './reception-chart';
import { cityWeeks, planTable, secondsText, weekText, type Plan } from './reception-data';
import { drawReceptionMap } from './reception-map';
import { originPanel, originSpecs, planQuery, type Catalogue } from './reception-scenario';
import { weekSpecs } from './reception-weeks';
import { shelterView } from './reception-shelter';
import { w } from './reception-words';
import './reception.css';

/** The plan for a query of /api/reception (kept by getJson, so another city or week does not solve it again). */
const planOf = (query: string): Promise<Plan> => getJson<Plan>(`/api/reception?${query}`);


/** HiGHS's status in the page's words (an unknown one as HiGHS says it). */
const solverStatus = (status: string, lang: Lang) => (['optimal', 'feasible', 'timeLimit'].includes(status) ? w(lang, `solver_${status}` as 'solver_optimal') : status);

function alertList(plan: Plan, lang: Lang): HTMLElement {
  const names = new Map(plan.cities.map((c) => [c.code, c.name]));
  // Each message names its city and its first week ("Juárez: ... from the week of 25 May 2026", "Site (Tijuana) is full ..."): said once, its city in bold.
  const items = plan.alerts.map((a) => {
    const name = names.get(a.city) ?? a.city;
    const lead = a.message.startsWith(`${name}: `) ? `${name}: ` : '';
    const named = lead || a.message.includes(name) ? [lead ? el('strong', {}, lead) : null, a.message.slice(lead.length)] : [el('strong', {}, `${name}, ${weekText(a.week, lang)}: `), a.message];
    return el('li', { 'data-alert': a.type, 'data-city': a.city }, ...named);
  });
  return el('section', { class: 'reception-alerts', 'aria-label': w(lang, 'alerts') }, el('h3', {}, w(lang, 'alerts')), items.length ? el('ul', {}, ...items) : el('p', {}, w(lang, 'noAlerts')));
}

function assumptionList(plan: Plan, lang: Lang): HTMLElement {
  const items = plan.assumptions.map((a) => el('li', { 'data-assumption': a.id }, a.text, el('span', { class: 'note' }, ` (${w(lang, `basis_${a.basis}`)})`)));
  return el('section', { class: 'reception-assumptions' }, el('h3', {}, w(lang, 'assumptions')), el('p', { class: 'reception-demo', role: 'note' }, w(lang, 'demo')), el('ul', {}, ...items));
}

/**
 * The store sources behind the plan: those /api/reception names (`sources`, with their
 * vintages). An answer without them (an older server) has them read from the assumptions,
 * which name them ("mx-shelters vintage 20", "ice-foia"), and INM's daily files (inm-ianami);
 * without a vintage named, the latest is shown, and the note says so.
 */
export function planSources(plan: Plan, known: string[]): { source: string; vintage?: number }[] {
  // The API names what it read, with vintages (with a scenario, the series the engine is calibrated on too).
  if (plan.sources?.length) return plan.sources.filter((s) => known.includes(s.source));
  const out: { source: string; vintage?: number }[] = [{ source: 'inm-ianami' }];
  for (const a of plan.assumptions) {
    const text = `${a.text} ${JSON.stringify(a.value ?? '')}`;
    for (const id of known) {
      if (!new RegExp(`(^|[^\\w-])${id.replace(/[-]/g, '\\-')}([^\\w-]|$)`).test(text)) continue;
      const vintage = new RegExp(`${id} vintage (\\d+)`).exec(text);
      out.push(vintage ? { source: id, vintage: Number(vintage[1]) } : { source: id });
    }
  }
  // A source named with its vintage somewhere needs no "latest" entry.
  return out.filter((x, i) => x.vintage !== undefined || !out.some((y, j) => j !== i && y.source === x.source && y.vintage !== undefined));
}

async function cityCharts(root: HTMLElement, plan: Plan, lang: Lang): Promise<void> {
  root.append(el('h3', {}, w(lang, 'charts')));
  const legend = (['arrivals', 'unmet', 'beds', 'occupied'] as const).map((k) => ({ label: w(lang, k), colour: COLOUR[k] }));
  const sources = await sourcesById(planSources(plan, (await api.sources()).map((s) => s.id)), lang).catch(() => null);
  for (const c of plan.cities) {
    // The city's state by its name ("Tijuana (Baja California)"); an older server's plan has only its code.
    const f = frame(root, `reception-${c.code}`, lang, `${c.name} (${c.state_name ?? c.state})`, w(lang, 'chartSub'));
    f.fill({
      plots: cityPlots(plan, c.code, lang, f.width()),
      legend,
      notes: [sources?.latest.length ? w(lang, 'sourcesNote') : null],
      provenance: sources ? [sources] : [],
      table: { columns: ['week', 'arriving_people', 'unmet_people', 'beds', 'beds_in_use'], rows: cityWeeks(plan, c.code).map((r) => [r.week, r.arrivals, r.unmet, r.beds, Math.round(r.occupied * 100) / 100]) },
    });
  }
}

export const reception: PageModule = {
  specs: { city: { default: '', valid: matches(/^[A-Za-z0-9._-]{0,40}$/) }, week: { default: '', valid: matches(/^(\d{4}-\d{2}-\d{2})?$/) }, ...originSpecs, ...weekSpecs },
  async render(root: HTMLElement, ctx: PageContext): Promise<void> {
    const lang = ctx.view.lang;
    const p = ctx.view.params;
    // Arrivals from a scenario (scenario, levers, quantile in the URL) or INM's: an unknown scenario, or levers that cannot be read, are said and not run.
    const catalogue = await getJson<Catalogue>(`/api/scenarios?lang=${lang}`).catch(() => null);
    const askedScenario = ctx.view.rejected?.scenario ?? p.scenario;
    const shipped = catalogue?.scenarios.find((s) => s.name === askedScenario);
    const scenario = shipped ? shipped.name : '';
    if (askedScenario && !shipped) ctx.correct({ param: 'scenario', asked: askedScenario, shown: w(lang, 'originInm'), value: '' });
    if (scenario && ctx.view.rejected?.levers !== undefined) ctx.correct({ param: 'levers', asked: ctx.view.rejected.levers, shown: w(lang, 'ownLeversShown'), value: '' });
    // Levers and a percentile go with a scenario: without one they are said and dropped from the URL. The plan's weeks (start, weeks) go with either.
    if (!scenario) for (const param of ['levers', 'quantile'] as const) if (p[param]) ctx.correct({ param, asked: p[param], shown: w(lang, 'originInm'), value: '' });
    // The forecast's level goes with INM's arrivals (a scenario has its percentile): with a scenario it is said and dropped.
    if (scenario && p.level) ctx.correct({ param: 'level', asked: p.level, shown: w(lang, 'median'), value: '' });
    const origin = scenario ? { scenario, levers: p.levers, quantile: p.quantile, start: p.start, weeks: p.weeks } : { scenario, levers: '', quantile: '', start: p.start, weeks: p.weeks, level: p.level };
    const query = planQuery(lang, origin, shipped?.levers);
    pageHead(root, w(lang, 'title'), w(lang, scenario ? 'leadScenario' : 'lead'));
    const waiting = el('p', { class: 'loading', role: 'status' }, w(lang, 'loading'));
    root.append(waiting);
    let plan: Plan;
    let shapes: Awaited<ReturnType<typeof api.shapes>>;
    try {
      [plan, shapes] = await Promise.all([planOf(query), api.shapes()]);
    } catch (e) {
      // Levers, a percentile or weeks (a start before INM's data, past what its forecast covers, outside a scenario's months)
      // the API refuses: its reason, in the page's language (refused weeks worded from the facts beside it), beside the controls that change them, with a way back.
      if (!(e instanceof ApiError && e.unanswerable)) throw e;
      waiting.remove();
      root.append(originPanel(ctx, catalogue, scenario, null, e.message, e.facts));
      return;
    }
    waiting.remove();
    root.append(originPanel(ctx, catalogue, scenario, plan, null));
    // A city or a week the plan does not have is said, and the URL rewritten to what is shown.
    const askedCity = ctx.view.rejected?.city ?? ctx.view.params.city;
    const askedWeek = ctx.view.rejected?.week ?? ctx.view.params.week;
    const city = plan.cities.some((c) => c.code === askedCity) ? askedCity : (plan.alerts[0]?.city ?? plan.cities[0]?.code ?? '');
    const week = Math.max(0, plan.weeks.indexOf(askedWeek));
    const cityName = plan.cities.find((c) => c.code === city)?.name ?? city;
    if (askedCity && askedCity !== city) ctx.correct({ param: 'city', asked: askedCity, shown: quoted(cityName, lang), value: city });
    // A start that is not a Monday is planned from its week's Monday: the URL says the week shown.
    if (p.start && plan.weeks.length && p.start !== plan.weeks[0]) ctx.correct({ param: 'start', asked: p.start, shown: w(lang, 'weekShown', { week: weekText(plan.weeks[0], lang) }), value: plan.weeks[0] });
    if (askedWeek && askedWeek !== plan.weeks[week] && plan.weeks.length) ctx.correct({ param: 'week', asked: askedWeek, shown: w(lang, 'weekShown', { week: weekText(plan.weeks[week], lang) }), value: plan.weeks[week] });
    const csv = el('button', { type: 'button', 'data-download': 'plan-csv' }, w(lang, 'csv'));
    // A file named for the plan it holds: origin, bad case (a scenario's percentile, the forecast's high level), first week, weeks, language
    // (two plans saved side by side, e.g. the central and the high, no longer share one name).
    const named = scenario ? `-${scenario}` : '';
    const bad = scenario ? (p.quantile && p.quantile !== '0.5' ? `-p${Math.round(Number(p.quantile) * 100)}` : '') : p.level === 'high' ? '-high' : '';
    const stem = `corridor-reception-plan${named}${bad}${plan.weeks.length ? `-${plan.weeks[0]}-${plan.weeks.length}w` : ''}-${lang}`;
    csv.addEventListener('click', () => save(`${stem}.csv`, new Blob([csvText(planTable(plan))], { type: 'text/csv;charset=utf-8' })));
    const json = el('button', { type: 'button', 'data-download': 'plan-json' }, w(lang, 'json'));
    json.addEventListener('click', () => save(`${stem}.json`, new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' })));
    // The same HTML `corridor reception brief` prints to PDF; the browser prints it.
    const brief = el('a', { href: `/api/reception/brief?${query}`, target: '_blank', rel: 'noopener', 'data-download': 'brief' }, w(lang, 'brief'));
    const s = plan.solver;
    drawReceptionMap(root, plan, shapes, week, city, ctx);
    root.append(
      shelterView(plan, city, week, ctx),
      alertList(plan, lang),
      assumptionList(plan, lang),
      el('p', { class: 'note' }, w(lang, 'solver', { time: secondsText(s.seconds, lang), status: solverStatus(s.status, lang), unmet: num(s.unmetPeople, lang) })),
      el('div', { class: 'downloads reception-downloads' }, csv, json, brief),
    );
    await cityCharts(root, plan, lang);
  },
};
