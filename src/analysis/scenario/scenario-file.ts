/**
 * A scenario is a small JSON file in scenarios/: a name, a title and description in English
 * and Spanish, the calibration window (default: every month the needed series exist), the
 * horizon, the levers and any assumption changed. Validation names the field, what is allowed
 * and what was found; nothing is run on a file that fails.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, UsageError } from '../../errors.js';
import { assumptionsSchema } from './assumptions.js';
import { BORDER_STATES, GROUPS } from './groups.js';
import { LEVER_BY_ID, leversSchema, type LeverId } from './levers.js';
import { monthIndex } from './months.js';
import { jsonFault, jsonFaultEs } from '../../lib/json-fault.js';
import { issueInSpanish, said } from '../../lib/zod-es.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: said('a month written YYYY-MM', 'un mes escrito AAAA-MM') });
const bilingual = z.object({ en: z.string().min(1), es: z.string().min(1) }).strict();

export const scenarioSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: said('lower-case letters, digits and hyphens', 'minúsculas, dígitos y guiones') }),
    title: bilingual,
    description: bilingual,
    calibration: z
      .object({ from: month.optional(), to: month.optional() })
      .strict()
      .refine((c) => !c.from || !c.to || monthIndex(c.to) >= monthIndex(c.from), { message: said('a month not before "from"', 'un mes no anterior a "from"'), path: ['to'] })
      .optional(),
    horizon: z.number().int().min(1, { message: said('a whole number of months from 1 to 36', 'un número entero de meses de 1 a 36') }).max(36, { message: said('a whole number of months from 1 to 36', 'un número entero de meses de 1 a 36') }).optional(),
    levers: leversSchema,
    assumptions: assumptionsSchema.optional(),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;

/** The folder of shipped scenarios: scenarios/ at the project root (wherever corridor is run from), or $CORRIDOR_SCENARIOS. */
export function scenariosDir(): string {
  return process.env.CORRIDOR_SCENARIOS ?? fileURLToPath(new URL('../../../scenarios', import.meta.url));
}

/** Validates a parsed scenario; `where` names the file (or "request") in the error. */
export function parseScenario(value: unknown, where: string): Scenario {
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // An unknown field is named itself, and what was found is it (not the whole object around it).
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
  const path = unknownKeys ? [...issue.path, unknownKeys[0]] : issue.path;
  const field = path.join('.');
  const { en: expected, es: expectedEs } = expectedAt(issue);
  const shown = unknownKeys ? unknownWords(unknownKeys, foundAt(value, issue.path)) : foundWords(foundAt(value, issue.path));
  throw new InputError(field ? { file: where, field } : { file: where }, expected, shown.en, 'invalid scenario', {
    what: 'escenario no válido',
    expected: expectedEs,
    found: shown.es,
  });
}

type Issue = z.core.$ZodIssue;
type Words = { en: string; es: string };

/**
 * What the field allows, in words, in both languages. A check's own message written with
 * said() (a range, a month, a list of codes) is kept; zod's generic texts ("Invalid input:
 * expected object, received undefined") are not shown: the field's place in the file says
 * what it should be.
 */
export function expectedAt(issue: Issue): Words {
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys.join(', ');
    const where = issue.path.map(String);
    if (where.at(-1) === 'states') return { en: `Mexican border states ${BORDER_STATES.join(', ')} (${unknown} is not one)`, es: `estados fronterizos de México ${BORDER_STATES.join(', ')} (${unknown} no es uno de ellos)` };
    const known = knownFields(where);
    return known
      ? { en: `${known.en}: ${known.names.join(', ')} (${unknown} is not one)`, es: `${known.es}: ${known.names.join(', ')} (${unknown} no es uno de ellos)` }
      : { en: `only known fields (${unknown} is not one)`, es: `solo campos conocidos (${unknown} no es uno de ellos)` };
  }
  // zod's own messages start with a capital ("Invalid input", "Too small"); said() ones do not.
  const own = issue.code !== 'invalid_type' && !/^[A-Z]/.test(issue.message);
  if (own) return { en: issue.message, es: issueInSpanish(issue) };
  return fieldWords(issue.path.map(String)) ?? typeWords(issue);
}

/** The fields allowed where an unknown one was found: the levers, a lever's, a scenario's. */
function knownFields(path: string[]): { en: string; es: string; names: string[] } | undefined {
  if (path.length === 0) return { en: 'only the fields of a scenario', es: 'solo los campos de un escenario', names: Object.keys(scenarioSchema.shape) };
  if (path.length === 1 && path[0] === 'levers') return { en: 'one of the levers', es: 'una de las palancas', names: [...LEVER_BY_ID.keys()] };
  if (path.length === 1 && path[0] === 'calibration') return { en: 'only the fields of the calibration window', es: 'solo los campos de la ventana de calibración', names: ['from', 'to'] };
  if (path.length === 1 && path[0] === 'assumptions') return { en: 'one of the assumptions', es: 'uno de los supuestos', names: Object.keys(ASSUMPTION_RANGES) };
  if (path.length === 2 && path[0] === 'levers' && LEVER_BY_ID.has(path[1] as LeverId)) {
    const extra = path[1] === 'familyAcceptance' ? ['states'] : path[1] === 'departures' ? ['groups'] : [];
    return { en: 'only the fields of a lever', es: 'solo los campos de una palanca', names: ['value', 'from', 'to', 'rampMonths', ...extra] };
  }
  return undefined;
}

/** An unknown field and its value, as found. */
function unknownWords(keys: string[], around: unknown): Words {
  const one = (k: string) => `"${k}": ${valueText((around as Record<string, unknown> | undefined)?.[k])}`;
  const text = keys.slice(0, 3).map(one).join(', ') + (keys.length > 3 ? ', ...' : '');
  return { en: text, es: text };
}

/** A value quoted as JSON and cut short; a number too large for JSON (1e400 reads as Infinity) said as such. */
function valueText(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v > 0 ? '' : '-'}Infinity (a number too large)`;
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

const MONTH_WORDS: Words = { en: 'a month written YYYY-MM', es: 'un mes escrito AAAA-MM' };
const ASSUMPTION_RANGES: Record<string, [number, number]> = { leaveRate: [0, 0.9], reattemptRate: [0, 0.9], mexicoReturnShare: [0, 1], deterrence: [0, 2] };
const range = (min: number, max: number): Words => ({ en: `a number from ${min} to ${max}`, es: `un número de ${min} a ${max}` });

/** What each field of a scenario file holds (docs/SCENARIOS.md, "The scenario file"). */
function fieldWords(path: string[]): Words | undefined {
  const [top, a, b, c] = path;
  const n = path.length;
  if (n === 0) return { en: 'a scenario: a JSON object with "name", "title", "description" and "levers" ("calibration", "horizon" and "assumptions" optional)', es: 'un escenario: un objeto JSON con "name", "title", "description" y "levers" ("calibration", "horizon" y "assumptions" opcionales)' };
  if (top === 'name' && n === 1) return { en: 'a name in lower-case letters, digits and hyphens (e.g. "my-scenario")', es: 'un nombre en minúsculas, dígitos y guiones (p. ej. "mi-escenario")' };
  if ((top === 'title' || top === 'description') && n === 1) return { en: 'the text in English and in Spanish, {"en": "…", "es": "…"}', es: 'el texto en inglés y en español, {"en": "…", "es": "…"}' };
  if ((top === 'title' || top === 'description') && n === 2) return { en: 'a text that is not empty', es: 'un texto no vacío' };
  if (top === 'calibration' && n === 1) return { en: 'the calibration window, {"from": "YYYY-MM", "to": "YYYY-MM"} (each optional)', es: 'la ventana de calibración, {"from": "AAAA-MM", "to": "AAAA-MM"} (cada uno opcional)' };
  if (top === 'horizon' && n === 1) return { en: 'a whole number of months from 1 to 36', es: 'un número entero de meses de 1 a 36' };
  if (top === 'assumptions' && n === 1) return { en: 'an object of assumptions, e.g. {"leaveRate": 0.3}', es: 'un objeto de supuestos, p. ej. {"leaveRate": 0.3}' };
  if (top === 'assumptions' && n === 2 && ASSUMPTION_RANGES[a]) return range(...ASSUMPTION_RANGES[a]);
  if (top === 'levers' && n === 1) return { en: 'an object of levers ({} for none), e.g. {"enforcementSouth": {"value": 1.5, "from": "2021-04"}}', es: 'un objeto de palancas ({} si ninguna), p. ej. {"enforcementSouth": {"value": 1.5, "from": "2021-04"}}' };
  const def = top === 'levers' ? LEVER_BY_ID.get(a as LeverId) : undefined;
  if (def && n === 2) {
    const example = def.kind === 'share' ? 0.9 : def.max >= 1.5 ? 1.5 : def.max;
    return {
      en: `a lever as an object, e.g. {"value": ${example}, "from": "2021-04"} ("value" a number from ${def.min} to ${def.max}; "to" and "rampMonths" optional)`,
      es: `una palanca como objeto, p. ej. {"value": ${example}, "from": "2021-04"} ("value" un número de ${def.min} a ${def.max}; "to" y "rampMonths" opcionales)`,
    };
  }
  if (def && n === 3 && b === 'value') return range(def.min, def.max);
  if (def && n === 3 && (b === 'from' || b === 'to')) return MONTH_WORDS;
  if (top === 'calibration' && n === 2 && (a === 'from' || a === 'to')) return MONTH_WORDS;
  if (def && n === 3 && b === 'rampMonths') return { en: 'a whole number of months from 0 to 24', es: 'un número entero de meses de 0 a 24' };
  if (a === 'familyAcceptance' && b === 'states' && n === 3) return { en: `multipliers by Mexican border state, e.g. {"MX-28": 0} (states ${BORDER_STATES.join(', ')})`, es: `multiplicadores por estado fronterizo de México, p. ej. {"MX-28": 0} (estados ${BORDER_STATES.join(', ')})` };
  if (a === 'familyAcceptance' && b === 'states' && n === 4) return range(0, 5);
  if (a === 'departures' && b === 'groups' && n === 3) return { en: `a list of one or more of ${GROUPS.join(', ')}`, es: `una lista de uno o más de ${GROUPS.join(', ')}` };
  if (a === 'departures' && b === 'groups' && n === 4 && c !== undefined) return { en: `one of ${GROUPS.join(', ')}`, es: `uno de ${GROUPS.join(', ')}` };
  return undefined;
}

const TYPE_WORDS: Record<string, Words> = {
  string: { en: 'a text', es: 'un texto' },
  number: { en: 'a number', es: 'un número' },
  int: { en: 'a whole number', es: 'un número entero' },
  boolean: { en: 'true or false', es: 'true o false' },
  array: { en: 'a list', es: 'una lista' },
  object: { en: 'an object', es: 'un objeto' },
};

function typeWords(issue: Issue): Words {
  if (issue.code === 'invalid_type') return TYPE_WORDS[issue.expected] ?? { en: `a value of type ${issue.expected}`, es: `un valor de tipo ${issue.expected}` };
  return { en: issue.message, es: issueInSpanish(issue) };
}

/** The value found, quoted as JSON (cut short), or that the field is missing. */
function foundWords(found: unknown): Words {
  if (found === undefined) return { en: 'nothing (the field is required)', es: 'nada (el campo es obligatorio)' };
  if (typeof found === 'number' && !Number.isFinite(found)) {
    const sign = found > 0 ? '' : '-';
    return { en: `${sign}Infinity (a number too large)`, es: `${sign}Infinity (un número demasiado grande)` };
  }
  const shown = valueText(found);
  return { en: shown, es: shown };
}

function foundAt(value: unknown, path: PropertyKey[]): unknown {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

export function readScenarioFile(path: string): Scenario {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(
      `cannot read the scenario file ${file}: give a path to a JSON file or the name of a scenario ("corridor scenario list")`,
      `no se puede leer el archivo de escenario ${file}: dé la ruta de un archivo JSON o el nombre de un escenario ("corridor scenario list")`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file }, 'a JSON object', jsonFault(e), 'malformed scenario file', { what: 'archivo de escenario mal formado', expected: 'un objeto JSON', found: jsonFaultEs(e) });
  }
  return parseScenario(json, file);
}

/**
 * A shipped scenario by name only (never a file: the API takes names from clients, and a name
 * must never open a file of the client's choosing).
 */
export function shippedScenario(name: string): Scenario {
  const all = listScenarios();
  const shipped = all.find((s) => s.name === name);
  if (shipped) return readScenarioFile(join(scenariosDir(), basename(shipped.file)));
  throw new UsageError(
    `no shipped scenario named "${name}": expected one of ${all.map((s) => s.name).join(', ') || '(none)'} (see /api/scenarios)`,
    `no hay escenario incluido llamado "${name}": se esperaba uno de ${all.map((s) => s.name).join(', ') || '(ninguno)'} (vea /api/scenarios)`,
  );
}

/** A path to a file, or the name of a shipped scenario. */
export function resolveScenario(fileOrName: string): Scenario {
  if (existsSync(fileOrName)) return readScenarioFile(fileOrName);
  const shipped = listScenarios().find((s) => s.name === fileOrName);
  if (shipped) return readScenarioFile(join(scenariosDir(), basename(shipped.file)));
  throw new UsageError(
    `no scenario file or shipped scenario named "${fileOrName}": the shipped ones are ${listScenarios().map((s) => s.name).join(', ') || '(none)'}`,
    `no hay archivo de escenario ni escenario incluido llamado "${fileOrName}": los incluidos son ${listScenarios().map((s) => s.name).join(', ') || '(ninguno)'}`,
  );
}

export function listScenarios(): { name: string; file: string; description: string; title: { en: string; es: string }; descriptions: { en: string; es: string } }[] {
  const dir = scenariosDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const s = readScenarioFile(join(dir, file));
      return { name: s.name, file: `scenarios/${file}`, description: s.description.en, title: s.title, descriptions: s.description };
    });
}
