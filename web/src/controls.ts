/**
 * Filters bound to the view's URL parameters: changing one changes the URL, and the
 * page is drawn again from it. Each control carries `data-param` so it can be found
 * (and tested) by the parameter it sets.
 */
import { el } from './dom';
import type { View } from './state';

export interface Option {
  value: string;
  label: string;
}

export interface PageContext {
  view: View;
  /** Sets some of the page's parameters. */
  set(params: Record<string, string>): void;
  /**
   * Says that the URL asked for something the page does not know (a scenario, a city, a week)
   * and what it shows instead; the URL is rewritten to `value` once the page is drawn.
   */
  correct(c: Correction): void;
}

/** A parameter of the URL the page could not show as asked. */
export interface Correction {
  /** The URL's parameter. */
  param: string;
  /** What the sentence calls it, when not the parameter ('lever' for one of the `levers`). */
  name?: string;
  asked: string;
  /** What is shown instead, in the page's words ("Mexico receives families (April 2021)"). */
  shown: string;
  /** The parameter's value for what is shown: the URL is rewritten to it. */
  value: string;
}

/** A select; `current` is the value shown when the parameter is empty (its default resolved, e.g. the latest year). */
export function selectControl(ctx: PageContext, key: string, label: string, options: Option[], current = ctx.view.params[key]): HTMLElement {
  const select = el('select', { 'data-param': key, name: key }, ...options.map((o) => el('option', { value: o.value, selected: o.value === current }, o.label)));
  select.addEventListener('change', () => ctx.set({ [key]: select.value }));
  return el('label', { class: 'control' }, el('span', { class: 'control-label' }, label), select);
}

export function segmented(ctx: PageContext, key: string, label: string, options: Option[]): HTMLElement {
  const group = el('fieldset', { class: 'control segmented', 'data-param': key }, el('legend', { class: 'control-label' }, label));
  for (const o of options) {
    const input = el('input', { type: 'radio', name: key, value: o.value, checked: o.value === ctx.view.params[key] });
    input.addEventListener('change', () => input.checked && ctx.set({ [key]: o.value }));
    group.append(el('label', {}, input, el('span', {}, o.label)));
  }
  return group;
}

export function checkbox(ctx: PageContext, key: string, label: string): HTMLElement {
  const input = el('input', { type: 'checkbox', 'data-param': key, name: key, checked: ctx.view.params[key] === '1' });
  input.addEventListener('change', () => ctx.set({ [key]: input.checked ? '1' : '0' }));
  return el('label', { class: 'control checkbox' }, input, el('span', {}, label));
}

export function controlBar(...controls: HTMLElement[]): HTMLElement {
  return el('div', { class: 'controls', role: 'group' }, ...controls);
}
