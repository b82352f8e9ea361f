/**
 * The Scenarios page's levers in the URL: `levers` holds the levers changed from the chosen
 * scenario as "id:value:from[:to[:ramp]]" joined by commas (empty: the scenario's own
 * levers), so a link restores every slider. Levers written the command line's way
 * ("familyAcceptance=3", `corridor scenario run --levers`, /api/scenario's `levers`) are read
 * too, by the same reading (src/model/lever-text.ts): each replaces that lever of the scenario
 * and keeps the others. A slider and a start month per lever: a list of the months the
 * scenario simulates, named in the page's language (a browser's own month picker speaks the
 * browser's language, and Firefox and Safari on a desktop have none).
 */
import { LEVER_MONTH as MONTH, leverReadable, leversWritten, leverWritten, replacedLever } from '../../../src/model/lever-text.js';
import { el } from '../dom';
import { monthLong } from '../format';
import type { Lang } from '../types';

export interface LeverDef {
  id: string;
  kind: 'multiplier' | 'share';
  min: number;
  max: number;
  step: number;
  label: string;
  definition: string;
}

export interface RampValue {
  value: number;
  from: string;
  to?: string;
  rampMonths?: number;
  [extra: string]: unknown;
}

export type LeverSet = Record<string, RampValue>;

/** The URL's own form, "id:value:from[:to[:ramp]]" each: the whole set of levers to run, or null. */
export function parseLevers(text: string): LeverSet | null {
  if (!text) return null;
  const written = leversWritten(text);
  if (!written) return null;
  const out: LeverSet = {};
  for (const w of written) {
    // An end month or a ramp that cannot be read refuses the whole list (the page says so) rather than being dropped unsaid.
    if (w.sep !== ':' || !w.from || !leverReadable(w)) return null;
    out[w.id] = { value: Number(w.value), from: w.from, ...(w.to ? { to: w.to } : {}), ...(w.rampMonths ? { rampMonths: Number(w.rampMonths) } : {}) };
  }
  return out;
}

/**
 * Levers written the command-line way (some "id=value", every part a lever as the command line
 * writes it), not the URL's own form. The Reception page sends them to the API as written.
 */
export const commandLineLevers = (v: string) => v.includes('=') && parseLevers(v) === null && leversWritten(v) !== null;

/** Command-line levers the page can read as they stand (each value a number, each month a month). */
export const readableCommandLine = (v: string) => commandLineLevers(v) && leversWritten(v)!.every(leverReadable);

/**
 * The levers to run for the URL's `levers`: its own form as it is (the whole set); written the
 * command-line way, the scenario's own levers (`own`) with each lever written in place of its
 * own, as the command line and the API apply them (without a month, the scenario's timing or
 * `firstMonth`, the first simulated month); null when it cannot be read.
 */
export function readLevers(text: string, own: LeverSet, firstMonth: string): LeverSet | null {
  if (text === NO_LEVERS) return {};
  const set = parseLevers(text);
  if (set || !readableCommandLine(text)) return set;
  const out: LeverSet = { ...own };
  for (const w of leversWritten(text)!) out[w.id] = replacedLever(own[w.id], w, firstMonth);
  return out;
}

/** The lever a part of the URL's `levers` names ("bogus" of "bogus=2" or "bogus:2:2021-04"), or the part itself. */
export const leverIdOf = (part: string) => leverWritten(part)?.id ?? part.split(/[:=]/)[0].trim();

export function formatLevers(levers: LeverSet): string {
  return Object.entries(levers)
    .map(([id, r]) => [id, String(r.value), r.from, ...(r.to || r.rampMonths ? [r.to ?? ''] : []), ...(r.rampMonths ? [String(r.rampMonths)] : [])].join(':'))
    .join(',');
}

export const validLevers = (v: string) => v === '' || parseLevers(v) !== null;

/** A number as people write one (not "0x2" or "Infinity", which Number() reads). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Each lever named once, each value written as a number: a link naming a lever twice would run
 * one of them without saying so (the command line and the API refuse it too).
 */
export const writtenOnce = (v: string) => {
  const written = leversWritten(v);
  if (!written) return true;
  return new Set(written.map((w) => w.id)).size === written.length && written.every((w) => DECIMAL.test(w.value));
};

/** The URL's `levers` when every lever of the scenario was put back to no change: none runs (an empty value is the scenario's own levers). */
export const NO_LEVERS = 'none';

/** What the Scenarios page reads from a link: its own form, or the command line's that it can read; each lever once; or none. */
export const validScenarioLevers = (v: string) => v === NO_LEVERS || ((validLevers(v) || readableCommandLine(v)) && writtenOnce(v));

const W = {
  en: { from: 'from', neutral: 'no change', share: 'share', to: 'until {month}', ramp: 'reached over {n} months', none: 'no lever moved' },
  es: { from: 'desde', neutral: 'sin cambio', share: 'proporción', to: 'hasta {month}', ramp: 'alcanzada en {n} meses', none: 'ninguna palanca movida' },
};

/**
 * Levers in words: "Expelled non-Mexican families Mexico accepts ×4 from April 2021; ..." (a
 * multiplier as ×, a share as it is), so that a changed scenario is not read under its title alone.
 */
export function leverSummary(levers: LeverSet, defs: LeverDef[], lang: Lang): string {
  const parts = Object.entries(levers).map(([id, r]) => {
    const def = defs.find((d) => d.id === id);
    const value = def?.kind === 'multiplier' ? `×${r.value}` : `${r.value}`;
    const from = MONTH.test(r.from) ? monthLong(r.from, lang) : r.from;
    const to = r.to ? ` ${W[lang].to.replace('{month}', MONTH.test(r.to) ? monthLong(r.to, lang) : r.to)}` : '';
    const ramp = r.rampMonths ? `, ${W[lang].ramp.replace('{n}', String(r.rampMonths))}` : '';
    return `${def?.label ?? id} ${value} ${W[lang].from} ${from}${to}${ramp}`;
  });
  return parts.join('; ') || W[lang].none;
}

/** Which input of a lever a refused run blames: its value, its start month, its end month or its ramp. */
export type LeverFault = 'value' | 'month' | 'to' | 'ramp';

/**
 * The input of `id` that an API message names ("levers.X.rampMonths"), or null when it names
 * none of this lever's inputs.
 */
export function faultOf(id: string, message: string): LeverFault | null {
  const field = new RegExp(`levers\\.${id}(?:\\.(\\w+))?\\b`).exec(message);
  if (!field) return null;
  return field[1] === 'from' ? 'month' : field[1] === 'to' ? 'to' : field[1] === 'rampMonths' ? 'ramp' : 'value';
}

/**
 * The months a lever can start in: the simulated months (`/api/scenario`'s `months`), and the
 * lever's own month when it is not one of them (a link or a scenario file can ask for any
 * month; the API refuses one after the simulated months, and the page marks it), in order.
 */
export function startMonths(simulated: string[], current: string | undefined): string[] {
  return current && MONTH.test(current) && !simulated.includes(current) ? [...simulated, current].sort() : simulated;
}

/**
 * Where a lever's slider stands and what its value reads: the lever's value when it is moved;
 * at no change, a multiplier at 1 and a share at the one the US sent back in the window
 * (`neutralValue`, the API's leverNeutral), said beside "no change": not at the slider's end,
 * which for a share would read as "the US sends back no one".
 */
export function leverShown(def: Pick<LeverDef, 'kind' | 'min'>, current: RampValue | undefined, lang: Lang, neutralValue?: number): { value: number; text: string } {
  if (current) return { value: current.value, text: String(current.value) };
  if (def.kind === 'multiplier') return { value: 1, text: W[lang].neutral };
  if (neutralValue === undefined || !Number.isFinite(neutralValue)) return { value: def.min, text: W[lang].neutral };
  return { value: neutralValue, text: `${W[lang].neutral} (${neutralValue})` };
}

/**
 * One lever: a range slider and the month it starts (one of `months`, the simulated months);
 * `onChange` gets the new ramp (or null: back to neutral).
 */
export function leverControl(def: LeverDef, current: RampValue | undefined, months: string[], lang: Lang, onChange: (r: RampValue | null) => void, neutralValue?: number): HTMLElement {
  const firstMonth = months[0];
  const at = leverShown(def, current, lang, neutralValue);
  const slider = el('input', { type: 'range', min: String(def.min), max: String(def.max), step: String(def.step), value: String(at.value), 'data-lever': def.id, 'aria-label': def.label, name: def.id });
  const shown = el('output', { class: 'lever-value' }, at.text);
  const from = current?.from ?? firstMonth;
  const month = el(
    'select',
    { 'data-lever-from': def.id, 'aria-label': `${def.label}: ${W[lang].from}`, name: `${def.id}-from` },
    ...startMonths(months, from).map((m) => el('option', { value: m, selected: m === from }, monthLong(m, lang))),
  );
  const start = () => (MONTH.test(month.value) ? month.value : firstMonth);
  slider.addEventListener('input', () => (shown.textContent = slider.value));
  slider.addEventListener('change', () => onChange({ ...(current ?? {}), value: Number(slider.value), from: start() }));
  // A new month keeps the lever's value: the slider's is rounded to its step (1.3333 would become 1.35).
  month.addEventListener('change', () => current && onChange({ ...current, from: start() }));
  const reset = el('button', { type: 'button', class: 'lever-reset', 'data-lever-reset': def.id, disabled: !current }, '×');
  reset.setAttribute('aria-label', `${def.label}: ${W[lang].neutral}`);
  reset.addEventListener('click', () => onChange(null));
  // The end month and the ramp have no control of their own (a link or a scenario file sets them): they are shown, so they can be seen and marked.
  const extra = [
    current?.to ? el('span', { class: 'lever-extra', 'data-lever-to': def.id }, W[lang].to.replace('{month}', MONTH.test(current.to) ? monthLong(current.to, lang) : current.to)) : null,
    current?.rampMonths !== undefined ? el('span', { class: 'lever-extra', 'data-lever-ramp': def.id }, W[lang].ramp.replace('{n}', String(current.rampMonths))) : null,
  ];
  return el(
    'div',
    { class: 'lever', 'data-lever-row': def.id },
    // The definition opens under the name (a tap on a phone, which has no hover); the title still shows it on hover.
    el('details', { class: 'lever-label', title: def.definition }, el('summary', {}, def.label), el('p', { class: 'lever-definition' }, def.definition)),
    el('div', { class: 'lever-inputs' }, slider, shown, el('span', { class: 'lever-start' }, el('span', { class: 'lever-from' }, W[lang].from), month, reset), ...extra),
  );
}
