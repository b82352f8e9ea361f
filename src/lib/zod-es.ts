/**
 * @module
 * A failed check in Spanish: an API parameter under lang=es, a scenario file or lever
 * under --lang es. zod's own
 * messages are English; a zod 4 issue carries its kind (code) and the facts of it
 * (minimum, maximum, allowed values, pattern), from which the Spanish is written here.
 * A refinement's own message has its Spanish in `params.es` where one was written;
 * one without is marked as English, as the command line marks its messages. A check's
 * own message (a pattern's "a month, YYYY-MM") is written with `said(en, es)`, which
 * keeps its Spanish here, so a Spanish reader is told what is allowed in words, not
 * shown the pattern.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const TYPES: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'un booleano',
  array: 'una lista',
  object: 'un objeto',
  date: 'una fecha',
  bigint: 'un número entero',
};

/** What a size bound counts: characters of a text, elements of a list, or the value itself. */
function sized(origin: string, bound: string, n: number | bigint): string {
  if (origin === 'string') return `debe tener ${bound} ${n} caracteres`;
  if (origin === 'array' || origin === 'set') return `debe tener ${bound} ${n} elementos`;
  return `debe ser ${bound} ${n}`;
}

const quoted = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The Spanish of each check message written with said(). */
const SAID = new Map<string, string>();

/** A check's own message in English (what zod reports) with its Spanish, given under lang=es. */
export function said(en: string, es: string): string {
  const known = SAID.get(en);
  if (known !== undefined && known !== es) throw new Error(`two Spanish texts for one message: "${en}"`);
  SAID.set(en, es);
  return en;
}

/** The issue's message in Spanish. */
export function issueInSpanish(issue: Issue): string {
  const own = issue.code === 'custom' && typeof issue.params?.es === 'string' ? undefined : SAID.get(issue.message);
  if (own !== undefined) return own;
  switch (issue.code) {
    case 'invalid_type':
      return `tipo no válido: se esperaba ${TYPES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `demasiado pequeño: ${sized(issue.origin, issue.inclusive ? 'al menos' : 'más de', issue.minimum)}`;
    case 'too_big':
      return `demasiado grande: ${sized(issue.origin, issue.inclusive ? 'a lo más' : 'menos de', issue.maximum)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `valor no válido: se esperaba ${quoted(issue.values[0])}`
        : `opción no válida: se esperaba una de ${issue.values.map(quoted).join('|')}`;
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern) return `texto no válido: debe coincidir con el patrón ${issue.pattern}`;
      return `formato no válido: se esperaba ${issue.format}`;
    case 'not_multiple_of':
      return `número no válido: debe ser múltiplo de ${issue.divisor}`;
    case 'unrecognized_keys':
      return `parámetro${issue.keys.length > 1 ? 's' : ''} desconocido${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'custom': {
      const es = issue.params?.es;
      return typeof es === 'string' ? es : `(mensaje en inglés) ${issue.message}`;
    }
    default:
      return `valor no válido (${issue.message})`;
  }
}

/** Whether a message is a check's own description of what it allows (written with said()). */
function isSaid(message: string): boolean {
  return SAID.has(message);
}

/** A received value, quoted and cut short: what a message says was found. */
function foundWords(value: unknown, lang: 'en' | 'es'): string {
  const one = (v: unknown) => {
    const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
  };
  if (Array.isArray(value)) {
    const some = `${value.slice(0, 3).map(one).join(', ')}${value.length > 3 ? ', ...' : ''}`;
    if (value.length === 1) return lang === 'es' ? `se encontró ${some}` : `found ${some}`;
    return lang === 'es' ? `se encontraron ${value.length} valores: ${some}` : `found ${value.length} values: ${some}`;
  }
  if (value === '') return lang === 'es' ? 'se encontró un valor vacío' : 'found an empty value';
  return lang === 'es' ? `se encontró ${one(value)}` : `found ${one(value)}`;
}

/**
 * An issue in the reader's language with what was found: the value received, quoted, or, when
 * nothing was given, that it is missing (a required parameter says it is required). A check's
 * own description of what it allows (said()) is led by "expected". `received` is undefined when
 * the value is not known (then only the issue is said); `{ value: undefined }` when it was absent.
 */
export function issueWithFound(issue: Issue, received: { value: unknown } | undefined, lang: 'en' | 'es'): string {
  const es = lang === 'es';
  if (received !== undefined && received.value === undefined && issue.code === 'invalid_type') {
    return es ? 'falta: este parámetro es obligatorio' : 'missing: this parameter is required';
  }
  // A parameter given more than once where it takes one value (the validator then reads a list).
  if (received !== undefined && Array.isArray(received.value) && issue.code === 'invalid_type' && issue.expected !== 'array') {
    return `${es ? 'este parámetro lleva un solo valor' : 'this parameter takes one value'}, ${foundWords(received.value, lang)}`;
  }
  const message = es ? issueInSpanish(issue) : issue.message;
  const what = isSaid(issue.message) ? (es ? `se esperaba ${message}` : `expected ${message}`) : message;
  // The keys an unknown-key issue names are what was found.
  if (received === undefined || issue.code === 'unrecognized_keys') return what;
  if (received.value === undefined) return `${what}, ${es ? 'falta' : 'missing'}`;
  return `${what}, ${foundWords(received.value, lang)}`;
}
