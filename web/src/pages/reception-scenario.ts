/**
 * The Reception page's arrivals from the scenario engine (`scenario`, `levers`, `quantile` in
 * the URL, as /api/reception takes them): the page says where its arrivals come from (INM's
 * records and forecast, or a scenario simulated), lets the reader pick a scenario, the
 * percentile of the draws to plan for and the levers (the Scenarios page's controls, in its
 * URL form, so a link from one page to the other runs the same scenario), and sums the
 * planned arrivals by kind, so that a lever that sends more families shows more families.
 */
import type { PageContext } from '../controls';
import { el } from '../dom';
import { monthLong, num } from '../format';
import type { ParamSpecs } from '../state';
import type { Lang } from '../types';
import { commandLineLevers, formatLevers, leverControl, leverSummary, NO_LEVERS, parseLevers, validLevers, writtenOnce, type LeverDef, type LeverSet, type RampValue } from './scenarios-levers';
import { dayLong, type Plan } from './reception-data';
import { addDays, inmChoices, refusalChoices, refusalText, startWeeks, weekControls, weeksRefusal } from './reception-weeks';
import { w } from './reception-words';

export interface Catalogue {
  scenarios: { name: string; title: string; description: string; levers?: LeverSet }[];
  levers: LeverDef[];
}

/** The percentiles offered: the median, and bad cases (each kind, state and month at its own). */
export const QUANTILES = ['0.5', '0.8', '0.9', '0.95'];

const quantileOk = (v: string) => v === '' || (/^0\.\d{1,2}$/.test(v) && Number(v) >= 0.01 && Number(v) <= 0.99);

/** Levers written the command-line way (some "id=value"): sent to the API as written, which applies its own rules to them (read as scenarios-levers.ts and the API read them, src/model/lever-text.ts). */
export { commandLineLevers };

export const originSpecs: ParamSpecs = {
  scenario: { default: '', valid: (v) => /^([a-z0-9][a-z0-9-]{0,79})?$/.test(v) },
  // As the Scenarios page reads them: its own form or the command line's, each lever once, each value a number; or "none", every
  // lever put back (no lever runs). A lever named twice is said and the scenario's own levers shown, as that page does.
  levers: { default: '', valid: (v) => v === NO_LEVERS || ((validLevers(v) || commandLineLevers(v)) && writtenOnce(v)) },
  quantile: { default: '', valid: quantileOk },
  // With INM's arrivals: the forecast's central level (the default) or the top of its 80% interval (level=high, as /api/reception takes it).
  level: { default: '', valid: (v) => v === '' || v === 'high' },
};

/** Whether two sets of levers are the same (ids, values, months, ramps, groups, states; key order aside), as the API compares them. */
export function sameLevers(a: LeverSet | undefined, b: LeverSet | undefined): boolean {
  const canon = (x: unknown): unknown => (Array.isArray(x) ? x.map(canon) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined).sort(([k], [l]) => (k < l ? -1 : k > l ? 1 : 0)).map(([k, v]) => [k, canon(v)])) : x);
  return JSON.stringify(canon(a ?? {})) === JSON.stringify(canon(b ?? {}));
}

/**
 * The levers the API runs: those of the URL (the Scenarios page's form), each keeping the
 * groups or states the scenario gives it, as JSON replacing the scenario's levers (as
 * /api/scenario takes them), or null for the scenario's own.
 */
export function leversToSend(own: LeverSet | undefined, text: string): LeverSet | null {
  const asked = parseLevers(text);
  if (!asked) return null;
  return Object.fromEntries(Object.entries(asked).map(([id, r]) => [id, { ...Object.fromEntries(Object.entries(own?.[id] ?? {}).filter(([k]) => k === 'groups' || k === 'states')), ...r }]));
}

/**
 * The query of /api/reception (and its brief) for the page's parameters. Levers equal to the
 * scenario's own are not sent (the plan is the scenario's own); levers written the command-line
 * way go as written, and so does "none" (no lever runs), which the API reads as the command line
 * and /api/scenario do (withLevers of src/analysis/reception/scenario-input.ts).
 */
export function planQuery(lang: Lang, p: { scenario: string; levers: string; quantile: string; start?: string; weeks?: string; level?: string }, own?: LeverSet): string {
  const q = new URLSearchParams({ lang });
  if (p.scenario) {
    q.set('scenario', p.scenario);
    const levers = leversToSend(own, p.levers);
    if (p.levers === NO_LEVERS) {
      if (!own || Object.keys(own).length) q.set('levers', NO_LEVERS);
    } else if (levers && !(own && sameLevers(levers, own))) q.set('levers', JSON.stringify(levers));
    else if (!levers && commandLineLevers(p.levers)) q.set('levers', p.levers);
    if (p.quantile && p.quantile !== '0.5') q.set('quantile', p.quantile);
  } else if (p.level === 'high') q.set('level', 'high');
  // The plan's weeks, in either mode.
  if (p.start) q.set('start', p.start);
  if (p.weeks) q.set('weeks', p.weeks);
  return q.toString();
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** "90th" / "90": a percentile as the page's language says it. */
const percentileText = (q: string, lang: Lang) => {
  const n = Math.round(Number(q) * 100);
  if (lang === 'es') return `percentil ${n}`;
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s} percentile`;
};

/** What the plan's arrivals add up to over its weeks, kind by kind (the families' units too). */
export function kindTotals(plan: Plan): { kind: Plan['kinds'][number]['id']; label: string; people: number; units: number }[] {
  return plan.kinds.map((k) => {
    const rows = plan.arrivals.filter((a) => a.kind === k.id);
    return { kind: k.id, label: k.label, people: sum(rows.map((a) => a.people)), units: sum(rows.map((a) => a.units)) };
  });
}

/** The planned arrivals by kind, one line each. */
export function kindSummary(plan: Plan, lang: Lang): HTMLElement {
  const items = kindTotals(plan).map((k) =>
    el('li', { 'data-kind': k.kind, 'data-people': k.people }, el('strong', {}, `${k.label}: `), k.kind === 'families' ? w(lang, 'familyTotal', { units: num(k.units, lang), people: num(k.people, lang) }) : w(lang, 'people', { n: num(k.people, lang) })),
  );
  return el('div', { class: 'reception-kind-totals' }, el('p', {}, w(lang, plan.weeks.length === 1 ? 'kindTotals1' : 'kindTotals', { n: plan.weeks.length, from: weekFirst(plan, lang), to: weekLast(plan, lang) })), el('ul', {}, ...items));
}

const weekFirst = (plan: Plan, lang: Lang) => dayLong(plan.weeks[0], lang);
// The last week by its Monday, as the plan's assumptions, the map and the week controls name weeks ("the weeks of 25 May to
// 10 August 2026"): its Sunday here (16 August) read as another end to the same weeks.
const weekLast = (plan: Plan, lang: Lang) => dayLong(plan.weeks.at(-1)!, lang);
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
/** The scenario the plan ran, as its `scenario` assumption records it. */
export function scenarioRun(plan: Plan): { levers: LeverSet; months: string[]; draws: number; quantile: number } | null {
  const a = plan.assumptions.find((x) => x.id === 'scenario');
  const v = a?.value as { levers?: LeverSet; months?: string[]; draws?: number; quantile?: number } | undefined;
  return v?.levers && v.months ? { levers: v.levers, months: v.months, draws: v.draws ?? 0, quantile: v.quantile ?? 0.5 } : null;
}

/** The link to the Scenarios page for the same scenario and levers. */
export function scenariosLink(lang: Lang, scenario: string, levers: string): string {
  return `?${new URLSearchParams({ page: 'scenarios', lang, scenario, levers })}`;
}

/**
 * Where the plan's arrivals come from, and the controls that change it: a scenario (or INM's
 * records and forecast), the percentile of its draws, its levers. `plan` is null when the API
 * refused the levers or the weeks (`refused` says why, `refusedFacts` the facts of refused
 * weeks, worded by the page): the controls stay, to fix them.
 */
export function originPanel(ctx: PageContext, catalogue: Catalogue | null, scenario: string, plan: Plan | null, refused: string | null, refusedFacts?: unknown): HTMLElement {
  const lang = ctx.view.lang;
  const p = ctx.view.params;
  const select = el(
    'select',
    { 'data-param': 'scenario', name: 'scenario' },
    el('option', { value: '', selected: !scenario }, w(lang, 'originInm')),
    ...(catalogue?.scenarios ?? []).map((s) => el('option', { value: s.name, selected: s.name === scenario }, `${w(lang, 'scenarioWord')}: ${s.title}`)),
  );
  // Another origin: the map's week is not carried over, nor are the levers of another scenario. The plan's weeks (start, weeks)
  // carry from INM's arrivals to a scenario's and back (a start the other refuses is said, with a way back); from one
  // scenario to another, whose months differ, the number of weeks only.
  select.addEventListener('change', () => ctx.set({ scenario: select.value, levers: '', quantile: '', level: '', week: '', ...(scenario && select.value ? { start: '' } : {}) }));
  const pick = el('label', { class: 'control reception-origin-pick' }, el('span', { class: 'control-label' }, w(lang, 'origin')), select);
  const section = el('section', { class: 'reception-origin', 'data-origin': scenario ? 'scenario' : 'inm', 'aria-labelledby': 'reception-origin-title' }, el('h3', { id: 'reception-origin-title' }, w(lang, 'originTitle')), el('div', { class: 'controls' }, pick));
  if (!scenario) {
    // The same controls of the plan's weeks as a scenario's, offering the starts and lengths the API plans from INM.
    // Refused weeks: the starts that fit the asked number of weeks, from the refusal's facts.
    const facts = refused ? weeksRefusal(refusedFacts) : null;
    const { starts, maxWeeks } = facts ? refusalChoices(facts) : inmChoices(plan);
    // The forecast's uncertainty as a choice, as a scenario's percentile is: its central level, or the top of its 80% interval.
    const level = p.level === 'high' ? 'high' : '';
    const lSelect = el('select', { 'data-param': 'level', name: 'level' }, el('option', { value: '', selected: level === '' }, w(lang, 'levelCentral')), el('option', { value: 'high', selected: level === 'high' }, w(lang, 'levelHigh')));
    lSelect.addEventListener('change', () => ctx.set({ level: lSelect.value }));
    section.querySelector('.controls')!.append(el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'planFor')), lSelect), ...weekControls(ctx, plan, starts, maxWeeks));
    section.append(el('p', { class: 'note', 'data-origin-text': '' }, w(lang, 'originInmText')));
    if (refused) {
      // A start before INM's data, or weeks past what its forecast covers: what was asked, why not, and which weeks can be
      // planned, in the page's words (the API's message is the command line's); the way back to the weeks after the data.
      const back = el('button', { type: 'button', 'data-weeks-reset': '' }, w(lang, 'weeksAfterData'));
      back.addEventListener('click', () => ctx.set({ start: '', weeks: '', week: '' }));
      const reason = facts ? el('p', { 'data-refusal': facts.kind }, refusalText(facts, lang)) : el('p', {}, w(lang, 'refused', { reason: refused }));
      section.append(el('div', { class: 'reception-refused', role: 'alert' }, reason, el('div', { class: 'downloads' }, back)));
    }
    // Planned weeks INM recorded are a replay of its records: said as the plan's own assumption says it.
    const replay = plan?.assumptions.find((a) => a.id === 'replay');
    if (replay) section.append(el('p', { class: 'reception-replay', 'data-replay': '' }, replay.text));
    if (plan) section.append(kindSummary(plan, lang));
    return section;
  }
  const shipped = catalogue?.scenarios.find((s) => s.name === scenario);
  const run = plan ? scenarioRun(plan) : null;
  const quantile = p.quantile || '0.5';
  const options = QUANTILES.includes(quantile) ? QUANTILES : [...QUANTILES, quantile].sort((a, b) => Number(a) - Number(b));
  const qSelect = el('select', { 'data-param': 'quantile', name: 'quantile' }, ...options.map((q) => el('option', { value: q, selected: q === quantile }, q === '0.5' ? w(lang, 'median') : w(lang, 'badCase', { p: percentileText(q, lang) }))));
  qSelect.addEventListener('change', () => ctx.set({ quantile: qSelect.value === '0.5' ? '' : qSelect.value }));
  section.querySelector('.controls')!.append(el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'planFor')), qSelect), ...weekControls(ctx, plan, startWeeks(run?.months ?? [])));
  if (shipped) section.append(el('p', { class: 'note' }, shipped.description));
  // Changed levers are those that differ from the scenario's own (set back to its values, they are its own again).
  const changed = run ? !sameLevers(run.levers, shipped?.levers) : Boolean(p.levers);
  // Levers changed: the scenario's description is no longer what runs; what runs is said.
  if (shipped && changed && run && catalogue) section.append(el('p', { class: 'reception-levers-run', 'data-levers-run': '' }, w(lang, 'leversRun', { levers: leverSummary(run.levers, catalogue.levers, lang) })));
  section.append(
    el(
      'p',
      { class: 'reception-origin-text', 'data-origin-text': '' },
      w(lang, 'originScenarioText', {
        which: quantile === '0.5' ? w(lang, 'medianOf') : w(lang, 'percentileOf', { p: percentileText(quantile, lang) }),
        draws: num(run?.draws ?? 0, lang),
        from: run ? monthLong(run.months[0], lang) : '',
        to: run ? monthLong(run.months.at(-1)!, lang) : '',
      }),
    ),
  );
  // Which of its people keep the engine's demographics, and which (the Title 8 level) are split as INM's weeks are.
  const byKind = (plan?.assumptions.find((a) => a.id === 'arrivals')?.value as { byKind?: Record<string, number> } | undefined)?.byKind;
  if (byKind) {
    const all = byKind.all ?? 0;
    const whole = sum(Object.values(byKind));
    const engine = whole - all;
    const share = whole > 0 ? all / whole : 0;
    const said = [engine > 0 ? w(lang, 'kindsEngine') : null, all > 0 ? w(lang, 'kindsTitle8', { share: share > 0.995 ? w(lang, 'allOf') : w(lang, 'partOf', { pct: `${num(Math.max(1, Math.round(share * 100)), lang)}%` }) }) : null].filter(Boolean).join(' ');
    if (said) section.append(el('p', { class: 'reception-origin-kinds', 'data-origin-kinds': all > 0 ? (engine > 0 ? 'both' : 'title8') : 'engine' }, said));
  }
  if (refused) {
    const back = p.levers ? el('button', { type: 'button', 'data-levers-reset': '' }, w(lang, 'ownLevers')) : null;
    back?.addEventListener('click', () => ctx.set({ levers: '' }));
    // A start outside the scenario's months (or too many weeks from it): back to its first weeks.
    const weeks = p.start || p.weeks ? el('button', { type: 'button', 'data-weeks-reset': '' }, w(lang, 'firstWeeks')) : null;
    weeks?.addEventListener('click', () => ctx.set({ start: '', weeks: '', week: '' }));
    const inm = el('button', { type: 'button', 'data-origin-reset': '' }, w(lang, 'backToInm'));
    inm.addEventListener('click', () => ctx.set({ scenario: '', levers: '', quantile: '', week: '', start: '', weeks: '' }));
    section.append(el('div', { class: 'reception-refused', role: 'alert' }, el('p', {}, w(lang, 'refused', { reason: refused })), el('div', { class: 'downloads' }, back, weeks, inm)));
  }
  // Weeks planned after the scenario's last simulated month have no arrivals from it: said, so an empty week is not read as a calm one.
  const lastDay = run?.months.length ? monthEnd(run.months.at(-1)!) : '';
  if (plan && lastDay && plan.weeks.length && addDays(plan.weeks.at(-1)!, 6) > lastDay) {
    section.append(el('p', { class: 'note', 'data-weeks-beyond': '' }, w(lang, 'weeksBeyond', { month: monthLong(run!.months.at(-1)!, lang), from: monthLong(run!.months[0], lang) })));
  }
  if (plan) section.append(kindSummary(plan, lang));
  // The levers: the Scenarios page's controls, its URL form. Without the run's months (refused levers) they cannot be offered.
  const months = run?.months ?? [];
  if (catalogue && months.length) {
    // The URL's levers in the page's form, or (written the command-line way, or the scenario's own) those that ran.
    const effective: LeverSet = p.levers === NO_LEVERS ? {} : (p.levers && parseLevers(p.levers)) || run!.levers;
    const setLever = (id: string, r: RampValue | null) => {
      const next: LeverSet = { ...effective };
      if (r) next[id] = r;
      else delete next[id];
      // No lever at all is "none", as the Scenarios page writes it: an empty list means the scenario's own.
      ctx.set({ levers: formatLevers(next) || NO_LEVERS });
    };
    const rows = catalogue.levers.map((def) => leverControl(def, effective[def.id], months, lang, (r) => setLever(def.id, r)));
    const own = el('button', { type: 'button', 'data-levers-reset': '', disabled: !changed }, w(lang, 'ownLevers'));
    own.addEventListener('click', () => ctx.set({ levers: '' }));
    section.append(
      el(
        'details',
        { class: 'reception-levers scenario-levers', 'data-levers-changed': String(changed), open: changed || !matchMedia('(max-width: 40rem)').matches },
        el('summary', {}, w(lang, changed ? 'leversChanged' : 'leversOwn')),
        el('p', { class: 'note' }, w(lang, 'leversNote')),
        ...rows,
        el('div', { class: 'downloads' }, own, el('a', { href: scenariosLink(lang, scenario, changed ? formatLevers(effective) || NO_LEVERS : ''), 'data-scenarios-link': '' }, w(lang, 'toScenarios'))),
      ),
    );
  }
  return section;
}
