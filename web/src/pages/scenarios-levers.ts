/**
 * The Scenarios page's levers in the URL: `levers` holds the levers changed from the chosen
 * scenario as "id:value:from[:to[:ramp]]" joined by commas (empty: the scenario's own
 * levers), so a link restores every slider. A slider and a month input per lever.
 */
import { el } from '../dom';
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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseLevers(text: string): LeverSet | null {
  if (!text) return null;
  const out: LeverSet = {};
  for (const part of text.split(',')) {
    const [id, value, from, to, ramp] = part.split(':');
    if (!/^[a-zA-Z]+$/.test(id ?? '') || !Number.isFinite(Number(value)) || !MONTH.test(from ?? '')) return null;
    out[id] = { value: Number(value), from, ...(to && MONTH.test(to) ? { to } : {}), ...(ramp && /^\d+$/.test(ramp) ? { rampMonths: Number(ramp) } : {}) };
  }
  return out;
}

export function formatLevers(levers: LeverSet): string {
  return Object.entries(levers)
    .map(([id, r]) => [id, String(r.value), r.from, ...(r.to || r.rampMonths ? [r.to ?? ''] : []), ...(r.rampMonths ? [String(r.rampMonths)] : [])].join(':'))
    .join(',');
}

export const validLevers = (v: string) => v === '' || parseLevers(v) !== null;

const W = {
  en: { from: 'from', neutral: 'no change', share: 'share' },
  es: { from: 'desde', neutral: 'sin cambio', share: 'proporción' },
};

/** One lever: a range slider and the month it starts; `onChange` gets the new ramp (or null: back to neutral). */
export function leverControl(def: LeverDef, current: RampValue | undefined, firstMonth: string, lang: Lang, onChange: (r: RampValue | null) => void): HTMLElement {
  const neutral = def.kind === 'multiplier' ? 1 : null;
  const value = current?.value ?? neutral ?? def.min;
  const slider = el('input', { type: 'range', min: String(def.min), max: String(def.max), step: String(def.step), value: String(value), 'data-lever': def.id, 'aria-label': def.label, name: def.id });
  const shown = el('output', { class: 'lever-value' }, current ? String(current.value) : W[lang].neutral);
  const month = el('input', { type: 'month', value: current?.from ?? firstMonth, 'data-lever-from': def.id, 'aria-label': `${def.label}: ${W[lang].from}`, name: `${def.id}-from` });
  const emit = () => onChange({ ...(current ?? {}), value: Number(slider.value), from: MONTH.test(month.value) ? month.value : firstMonth });
  slider.addEventListener('input', () => (shown.textContent = slider.value));
  slider.addEventListener('change', emit);
  month.addEventListener('change', () => current && emit());
  const reset = el('button', { type: 'button', class: 'lever-reset', 'data-lever-reset': def.id, disabled: !current }, '×');
  reset.setAttribute('aria-label', `${def.label}: ${W[lang].neutral}`);
  reset.addEventListener('click', () => onChange(null));
  return el(
    'div',
    { class: 'lever', 'data-lever-row': def.id },
    el('label', { class: 'lever-label', title: def.definition }, def.label),
    el('div', { class: 'lever-inputs' }, slider, shown, el('span', { class: 'lever-from' }, W[lang].from), month, reset),
  );
}
