/**
 * Errors a user can act on: what went wrong, where (file, sheet, row, column),
 * what was expected and what was found.
 */
import type { Location } from './model/location.js';
import { FAULT_WORDS_ES } from './input-fault-words.js';

export type { Location };

const LOCATION_WORDS = {
  en: { sheet: 'sheet', row: 'row', column: 'column', field: 'field' },
  es: { sheet: 'hoja', row: 'fila', column: 'columna', field: 'campo' },
};

function locationIn(at: Location, w: (typeof LOCATION_WORDS)['en']): string {
  const parts = [at.file];
  if (at.sheet !== undefined) parts.push(`${w.sheet} "${at.sheet}"`);
  if (at.row !== undefined) parts.push(`${w.row} ${at.row}`);
  if (at.column !== undefined) parts.push(`${w.column} "${at.column}"`);
  if (at.field !== undefined) parts.push(`${w.field} "${at.field}"`);
  return parts.join(', ');
}

export function formatLocation(at: Location): string {
  return locationIn(at, LOCATION_WORDS.en);
}

/** The Spanish of an InputError's words (what, expected, found), where they have been written. */
export interface InputErrorEs {
  what: string;
  expected: string;
  found: string;
}

/** Bad input: the file does not look like what the adapter expects. */
export class InputError extends Error {
  readonly at: Location;
  readonly expected: string;
  readonly found: string;
  /** The fault's short name ('unexpected header', 'not a date'...). */
  readonly what: string;
  /** The same in Spanish, for the files a user hands to corridor (a registry, a scenario, assumptions). */
  readonly es?: InputErrorEs;
  constructor(at: Location, expected: string, found: string, what = 'unexpected input', es?: InputErrorEs) {
    super(`${what} in ${formatLocation(at)}: expected ${expected}, found ${found}`);
    this.name = 'InputError';
    this.at = at;
    this.expected = expected;
    this.found = found;
    this.what = what;
    if (es !== undefined) this.es = es;
  }
}

/** A location as a Spanish reader reads it: archivo, hoja, fila, columna, campo. */
export function formatLocationEs(at: Location): string {
  return locationIn(at, LOCATION_WORDS.es);
}

/**
 * "se encontró X" with Spanish agreement: nothing found is negated ("no se encontró nada"),
 * a plural takes the plural verb ("se encontraron las columnas ...").
 */
export function encontroEs(found: string): string {
  if (/^(nada|ninguno|ninguna|ningún)(\s|$|[,.(:])/i.test(found)) return `no se encontró ${found}`;
  if (/^(las|los|unas|unos)\s/i.test(found)) return `se encontraron ${found}`;
  return `se encontró ${found}`;
}

/**
 * An InputError for a Spanish reader: its Spanish words when they were written; otherwise
 * what it says of the file (expected, found) comes from the adapters in English, so the
 * lead says so rather than passing it off as a translation.
 */
export function inputErrorInSpanish(err: InputError): string {
  if (err.es) return `${err.es.what} en ${formatLocationEs(err.at)}: se esperaba ${err.es.expected}, ${encontroEs(err.es.found)}`;
  // The lead and the place in Spanish; the adapter's own words after it, marked as English.
  const lead = FAULT_WORDS_ES[err.what] ?? 'datos de entrada no válidos';
  return `${lead} en ${formatLocationEs(err.at)} (detalle en inglés: ${err.what}; expected ${err.expected}, found ${err.found})`;
}

/**
 * Anything the user asked for that the store cannot answer (unknown measure, bad filter...).
 * `es` is the same message in Spanish, where one has been written: the command line prints it
 * under --lang es (src/cli/lang.ts).
 */
export class UsageError extends Error {
  readonly es?: string;
  /**
   * The refusal's facts, for a face that words it itself (the API sends them as `facts`, the
   * dashboard words them without the command line's flags): a `kind` naming the rule and the
   * values the message is made of. Only some refusals have them (store-weeks.ts: WeeksRefusal).
   */
  readonly facts?: UsageFacts;
  constructor(message: string, es?: string, facts?: UsageFacts) {
    super(message);
    this.name = 'UsageError';
    if (es !== undefined) this.es = es;
    if (facts !== undefined) this.facts = facts;
  }
}

/** What a UsageError's `facts` are: the rule refused (`kind`) and plain values (ISO dates, counts). */
export interface UsageFacts {
  readonly kind: string;
  readonly [fact: string]: string | number;
}

/** Shows a found value briefly and unambiguously in an error message. */
export function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'an empty cell';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
