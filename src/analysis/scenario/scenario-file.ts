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
import { BORDER_STATES } from './groups.js';
import { leversSchema } from './levers.js';
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
  const field = issue.path.join('.') || '(the whole scenario)';
  const found = foundAt(value, issue.path);
  const unknown = (issue as { keys?: string[] }).keys?.join(', ');
  const expected =
    issue.code !== 'unrecognized_keys'
      ? issue.message
      : issue.path.at(-1) === 'states'
        ? `Mexican border states ${BORDER_STATES.join(', ')} (${unknown} is not one)`
        : `only known fields (${unknown} is not one)`;
  const expectedEs =
    issue.code !== 'unrecognized_keys'
      ? issueInSpanish(issue)
      : issue.path.at(-1) === 'states'
        ? `estados fronterizos de México ${BORDER_STATES.join(', ')} (${unknown} no es uno de ellos)`
        : `solo campos conocidos (${unknown} no es uno de ellos)`;
  const shownFound = found === undefined ? undefined : JSON.stringify(found);
  throw new InputError({ file: where, column: field }, expected, shownFound ?? 'nothing', 'invalid scenario', {
    what: 'escenario no válido',
    expected: expectedEs,
    found: shownFound ?? 'nada',
  });
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
