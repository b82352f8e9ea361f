/**
 * Keeping the reader's place across a redraw. A change of a control changes the URL and the
 * page is drawn again (main.ts); the control the reader was operating is then a new element.
 * Before the redraw, `focusKey` names the focused control by what stays the same from one
 * drawing to the next (the parameter or lever it sets, its name and value for a radio button,
 * its id); after it, `restoreFocus` focuses the control of the new drawing with the same key,
 * with its text selection, without scrolling. Meanwhile the old drawing stays in the page and
 * keeps working (main.ts draws the new one hidden and swaps them), so that every key press
 * made while the new one is drawn counts.
 */

/** Attributes that name a control the same way in every drawing, most specific first. */
const KEYS = ['data-param', 'data-lever', 'data-lever-from', 'data-lever-reset', 'data-levers-reset', 'data-download', 'name', 'id'] as const;

export interface FocusKey {
  selector: string;
  selection: [number, number] | null;
}

const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** The key of `active` when it lies inside `within` and can be found again, else null. */
export function focusKey(active: Element | null, within: Element): FocusKey | null {
  if (!active || active === document.body || !within.contains(active)) return null;
  const key = KEYS.find((k) => active.hasAttribute(k));
  if (!key) return null;
  let selector = `${active.tagName.toLowerCase()}[${key}=${quote(active.getAttribute(key)!)}]`;
  // A radio button or a checkbox of a group shares its name with the others: its value tells it apart.
  if (active instanceof HTMLInputElement && (active.type === 'radio' || active.type === 'checkbox') && key === 'name') selector += `[value=${quote(active.value)}]`;
  let selection: [number, number] | null = null;
  try {
    if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.selectionStart !== null && active.selectionEnd !== null) selection = [active.selectionStart, active.selectionEnd];
  } catch {
    // Range inputs and the like have no selection.
  }
  return { selector, selection };
}

/** Focuses the control of `within` with `key`, if there is one and nothing else took the focus meanwhile. */
export function restoreFocus(key: FocusKey | null, within: Element): boolean {
  if (!key) return false;
  const active = document.activeElement;
  if (active && active !== document.body && within.contains(active)) return false;
  const target = within.querySelector<HTMLElement>(key.selector);
  if (!target || (target as HTMLInputElement).disabled) return false;
  target.focus({ preventScroll: true });
  if (key.selection && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
    try {
      target.setSelectionRange(...key.selection);
    } catch {
      // No selection on this kind of input.
    }
  }
  return document.activeElement === target;
}
