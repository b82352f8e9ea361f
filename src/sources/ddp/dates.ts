/**
 * DDP writes months as their first day, ISO style: "2021-03-01".
 */
import { InputError, shown, type Location } from '../../errors.js';

export function parseMonthStart(text: string | null, at: Location): string {
  const t = (text ?? '').trim();
  const m = t.match(/^(\d{4})-(\d{2})-01$/);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new InputError(at, 'the first day of a month, "YYYY-MM-01"', shown(t), 'not a month');
  return t;
}
