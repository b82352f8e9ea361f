/**
 * Turning publisher cells into values, with errors that say where and what.
 */
import { InputError, shown, type Location } from '../../errors.js';

/**
 * A count: digits, optionally with thousands separators (1,234 or 1 234).
 * Returns null for a blank cell when blanks are allowed (suppressed or missing), never 0.
 */
export function parseCount(text: string | number | null | undefined, at: Location, opts: { blank?: 'null' | 'error' } = {}): number | null {
  if (typeof text === 'number') {
    if (Number.isInteger(text) && text >= 0) return text;
    throw new InputError(at, 'a whole non-negative number', shown(text), 'not a count');
  }
  const t = (text ?? '').trim();
  if (t === '') {
    if ((opts.blank ?? 'error') === 'null') return null;
    throw new InputError(at, 'a whole non-negative number', 'an empty cell', 'missing value');
  }
  if (!/^\d{1,3}([, ]?\d{3})*$/.test(t) && !/^\d+$/.test(t)) {
    throw new InputError(at, 'a whole non-negative number', shown(t), 'not a count');
  }
  return Number(t.replace(/[, ]/g, ''));
}

/** A value from a closed list; anything else is an error that lists what was expected. */
export function parseEnum<T extends string>(text: string | null | undefined, allowed: Record<string, T>, at: Location, what = 'value'): T {
  const t = (text ?? '').trim();
  const hit = allowed[t];
  if (hit === undefined) {
    const list = Object.keys(allowed).map((k) => `"${k}"`).join(', ');
    throw new InputError(at, `one of ${list}`, shown(t), `unknown ${what}`);
  }
  return hit;
}
