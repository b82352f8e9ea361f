/**
 * The Reception page's planned weeks, in both modes (INM's arrivals or a scenario's): the week
 * the plan starts (`start=`, a Monday) and how many weeks it has (`weeks=`, 1 to 26), both in
 * the URL as /api/reception takes them, picked with the same two controls. The starts offered
 * are those the API plans: with a scenario, the Mondays of its simulated months; from INM, the
 * Mondays from INM's first complete week to the last its forecast covers for that many weeks.
 * Weeks the API refuses (a start before INM's data, past what its forecast covers) are said from
 * the refusal's facts, in the page's words, with the starts that fit offered.
 */
import type { z } from 'zod';
import type { WeeksRefusalSchema } from '../../../src/api/schemas.js';
import type { PageContext } from '../controls';
import { el } from '../dom';
import type { ParamSpecs } from '../state';
import type { Lang } from '../types';
import { dayLong, weekText, type Plan } from './reception-data';
import { w } from './reception-words';

/** The weeks a plan can have, as /api/reception takes them (`weeks=`, 1 to 26; 12 by default). */
export const WEEKS = { min: 1, max: 26, default: 12 } as const;
const weeksOk = (v: string) => v === '' || (/^\d{1,2}$/.test(v) && Number(v) >= WEEKS.min && Number(v) <= WEEKS.max);

export const weekSpecs: ParamSpecs = {
  start: { default: '', valid: (v) => /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/.test(v) },
  weeks: { default: '', valid: weeksOk },
};

export function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

const mondays = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 7)) out.push(d);
  return out;
};

/** The Mondays a plan from a scenario can start on: those within its simulated months (the first whole week of the first month on). */
export function startWeeks(months: string[]): string[] {
  if (!months.length) return [];
  const first = new Date(`${months[0]}-01T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() + ((8 - first.getUTCDay()) % 7));
  const [y, m] = months.at(-1)!.split('-').map(Number);
  return mondays(first.toISOString().slice(0, 10), new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
}

/**
 * The weeks a plan from INM can have, from its `arrivals` assumption (INM's first day, its
 * number of complete weeks, as src/analysis/reception/arrivals.ts counts them, and the last week
 * the API's forecast covers): the first complete week (the first Monday on or after the first
 * day), the last, and that limit. Null when the plan does not say (an older server).
 */
export function inmWeeks(plan: Plan): { first: string; last: string; limit: string } | null {
  const v = plan.assumptions.find((a) => a.id === 'arrivals')?.value as { firstDay?: string; weeksOfData?: number; outlookUntil?: string } | undefined;
  const day = (d: string | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!v || !day(v.firstDay) || !day(v.outlookUntil) || !v.weeksOfData) return null;
  const first = addDays(v.firstDay, (8 - new Date(`${v.firstDay}T00:00:00Z`).getUTCDay()) % 7);
  return { first, last: addDays(first, 7 * (v.weeksOfData - 1)), limit: v.outlookUntil };
}

/** The starts and numbers of weeks the API plans from INM, for the plan shown (its weeks kept together). */
export function inmChoices(plan: Plan | null): { starts: string[]; maxWeeks: number } {
  const range = plan && plan.weeks.length ? inmWeeks(plan) : null;
  if (!plan || !range) return { starts: [], maxWeeks: WEEKS.max };
  const n = plan.weeks.length;
  const weeksTo = (d: string) => Math.round((Date.parse(`${range.limit}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
  return { starts: mondays(range.first, addDays(range.limit, -7 * (n - 1))), maxWeeks: Math.max(n, Math.min(WEEKS.max, weeksTo(plan.weeks[0]))) };
}

/** The facts of refused weeks from INM, as /api/reception's 400 gives them (`facts`, type-only from the API's schema). */
export type WeeksRefusal = z.infer<typeof WeeksRefusalSchema>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS = ['start', 'firstPlanned', 'lastPlanned', 'firstDay', 'lastDay', 'firstDataWeek', 'lastDataWeek', 'nextWeek', 'outlookUntil', 'latestStart'] as const;

/** The facts of refused weeks, or null when the answer has none (another refusal, an older server). */
export function weeksRefusal(facts: unknown): WeeksRefusal | null {
  if (!facts || typeof facts !== 'object') return null;
  const f = facts as Record<string, unknown>;
  if (f.kind !== 'before-data' && f.kind !== 'past-outlook') return null;
  if (!DAYS.every((k) => typeof f[k] === 'string' && DAY.test(f[k]))) return null;
  if (![f.weeks, f.window, f.outlookWeeks].every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0)) return null;
  return f as WeeksRefusal;
}

/** The starts a refused plan's number of weeks fits (INM's first complete week to the latest start), and the numbers of weeks offered. */
export function refusalChoices(f: WeeksRefusal): { starts: string[]; maxWeeks: number } {
  return { starts: f.latestStart >= f.firstDataWeek ? mondays(f.firstDataWeek, f.latestStart) : [], maxWeeks: WEEKS.max };
}

/**
 * Refused weeks in the page's words: what was asked, why it cannot be planned, which weeks can,
 * and the page's controls that plan them (never the command line's flags), dates in words.
 */
export function refusalText(f: WeeksRefusal, lang: Lang): string {
  const d = (x: string) => dayLong(x, lang);
  const weeks = w(lang, f.weeks === 1 ? 'weeksOne' : 'weeksN', { n: f.weeks });
  const asked = w(lang, f.start === f.firstPlanned ? 'refusalAsked' : 'refusalAskedMoved', { weeks, start: d(f.start), monday: d(f.firstPlanned) });
  const vars = {
    asked,
    weeks,
    last: d(f.lastPlanned),
    firstDay: d(f.firstDay),
    firstWeek: d(f.firstDataWeek),
    lastWeek: d(f.lastDataWeek),
    next: d(f.nextWeek),
    until: d(f.outlookUntil),
    latest: d(f.latestStart),
    outlook: f.outlookWeeks,
    startPick: w(lang, 'startPick'),
    weeksPick: w(lang, 'weeksPick'),
    origin: w(lang, 'origin'),
  };
  return w(lang, f.kind === 'before-data' ? 'refusalBefore' : 'refusalPast', vars);
}

/**
 * The two controls of the plan's weeks: its first week (one of `starts`: with a plan, or the
 * starts that fit weeks the API refused) and its number of weeks (1 to `maxWeeks`). Another start lets the map's week go back
 * to the first planned week; another number of weeks keeps it while the plan still has it.
 */
export function weekControls(ctx: PageContext, plan: Plan | null, starts: string[], maxWeeks: number = WEEKS.max): HTMLElement[] {
  const lang = ctx.view.lang;
  const p = ctx.view.params;
  const out: HTMLElement[] = [];
  const first = plan?.weeks[0] ?? '';
  if (starts.length) {
    const options = first && !starts.includes(first) ? [...starts, first].sort() : starts;
    // Without a plan (its weeks refused) no start is shown picked: the asked one is not among those offered.
    const none = first ? null : el('option', { value: '', selected: true, disabled: true }, w(lang, 'startNone'));
    const start = el('select', { 'data-param': 'start', name: 'start' }, none, ...options.map((d) => el('option', { value: d, selected: d === first }, weekText(d, lang))));
    start.addEventListener('change', () => ctx.set({ start: start.value, week: '' }));
    out.push(el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'startPick')), start));
  }
  const count = String(plan?.weeks.length ?? (p.weeks || WEEKS.default));
  const top = Math.max(Number(count), Math.min(WEEKS.max, maxWeeks));
  const counts = Array.from({ length: top - WEEKS.min + 1 }, (_, i) => String(WEEKS.min + i));
  const weeks = el('select', { 'data-param': 'weeks', name: 'weeks' }, ...counts.map((n) => el('option', { value: n, selected: n === count }, w(lang, n === '1' ? 'weeksOne' : 'weeksN', { n }))));
  weeks.addEventListener('change', () => {
    // The map's week is kept while the plan still has it.
    const keep = p.week && plan && plan.weeks.indexOf(p.week) >= 0 && plan.weeks.indexOf(p.week) < Number(weeks.value);
    ctx.set({ weeks: weeks.value, ...(keep ? {} : { week: '' }) });
  });
  out.push(el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'weeksPick')), weeks));
  return out;
}
