/**
 * A scenario's levers written as text, read one way by every face: the command line's
 * `--levers` (`corridor scenario run`, `corridor reception`), the `levers` of /api/scenario and
 * /api/reception, and the dashboard's URLs (the Scenarios and Reception pages).
 *
 * A lever is "id=value" or "id=value:from[:to[:rampMonths]]" (months YYYY-MM), parts joined by
 * commas; the dashboard's URL writes "id:value:from[:to[:rampMonths]]", which reads the same way.
 * Written with "=", a lever replaces that lever of the scenario and keeps the others; without a
 * month it keeps the scenario's timing (or starts in the first simulated month).
 *
 * This reads the writing only: which levers exist, their ranges and whether a month is one the
 * scenario simulates are the scenario engine's to check (src/analysis/scenario).
 */

/** One lever as written: its parts as text (the value is checked to be a number by the caller, which says so in its own words). */
export interface LeverWritten {
  id: string;
  /** "=" (the command line's writing) or ":" (the dashboard URL's). */
  sep: '=' | ':';
  value: string;
  from?: string;
  to?: string;
  rampMonths?: string;
}

const PART = /^\s*([A-Za-z]+)\s*([=:])\s*([^:]+?)\s*(?::(\d{4}-\d{2}))?(?::(\d{4}-\d{2})?)?(?::(\d+))?\s*$/;

/** A month written YYYY-MM that is a month (01 to 12). */
export const LEVER_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One lever of a list ("familyAcceptance=3", "enforcementSouth=1.3:2021-06::6", "enforcementSouth:1.5:2021-04"), or null when it is not written so. */
export function leverWritten(part: string): LeverWritten | null {
  const m = PART.exec(part);
  if (!m) return null;
  const [, id, sep, value, from, to, ramp] = m;
  return { id, sep: sep as '=' | ':', value, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(ramp ? { rampMonths: ramp } : {}) };
}

/** Every lever of a comma-separated list, or null when one of them is not written as a lever. */
export function leversWritten(text: string): LeverWritten[] | null {
  const out: LeverWritten[] = [];
  for (const part of text.split(',')) {
    const w = leverWritten(part);
    if (!w) return null;
    out.push(w);
  }
  return out;
}

/**
 * Whether a written lever can be read as it stands: its value a number, its months months
 * (01 to 12). The command line and the API leave the months to the scenario file's checks,
 * which name the field; a page that cannot send what it cannot read asks this.
 */
export function leverReadable(w: LeverWritten): boolean {
  return Number.isFinite(Number(w.value)) && [w.from, w.to].every((m) => m === undefined || LEVER_MONTH.test(m));
}

/**
 * The lever a written one makes in place of the scenario's own (`before`), as the command line
 * and the API apply it: the value given; the timing given, or without a start month the
 * scenario's (its start, end and ramp), or the first simulated month; the groups and states the
 * scenario gives the lever kept.
 */
export function replacedLever(before: Record<string, unknown> | undefined, w: LeverWritten, firstMonth: string): { value: number; from: string; to?: string; rampMonths?: number; [kept: string]: unknown } {
  const own = before ?? {};
  const kept = (keys: string[]) => Object.fromEntries(keys.filter((k) => own[k] !== undefined).map((k) => [k, own[k]]));
  // A new start month replaces the scenario's timing; without one, the scenario's (or the first simulated month) is kept.
  const timing = w.from
    ? { from: w.from, ...(w.to ? { to: w.to } : {}), ...(w.rampMonths ? { rampMonths: Number(w.rampMonths) } : {}) }
    : { from: (own.from as string | undefined) ?? firstMonth, ...kept(['to', 'rampMonths']) };
  return { ...kept(['groups', 'states']), value: Number(w.value), ...timing };
}
