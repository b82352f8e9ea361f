/**
 * The editable planning assumptions (data/reception/assumptions.json, or a copy given
 * with --assumptions FILE), checked field by field.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, shown } from '../../errors.js';
import { KINDS, type Kind } from './types.js';
import { shownEs } from './user-file.js';
import { jsonFault, jsonFaultEs } from '../../lib/json-fault.js';

export interface FamilyType {
  adults: number;
  children: number;
  share: number;
}

export interface PlanningAssumptions {
  receivingPoints: Record<string, string[]>;
  /** City code → share of its state's arrivals (overrides the population split for that state). */
  cityShares: Record<string, number>;
  stayDays: Record<Kind, number>;
  familyComposition: FamilyType[];
  /** Share of men among single adults; null: estimated from the store. */
  maleShare: number | null;
  maxKm: number;
  forecastWindowWeeks: number;
}

/**
 * The shipped assumptions, found from this module (src/ or dist/, both three folders below the
 * package root), never from the working directory: a command run from another folder, or the
 * server started elsewhere, reads the same file.
 */
export const DEFAULT_ASSUMPTIONS_FILE = fileURLToPath(new URL('../../../data/reception/assumptions.json', import.meta.url));

export function readAssumptions(path: string): PlanningAssumptions {
  const file = basename(path);
  if (!existsSync(path)) throw new InputError({ file: path }, 'a JSON file of planning assumptions', 'no such file', 'missing file', { what: 'falta el archivo', expected: 'un archivo JSON de supuestos de planificación', found: 'una ruta que no existe' });
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError({ file }, 'valid JSON', jsonFault(e), 'unreadable file', { what: 'archivo ilegible', expected: 'un JSON válido', found: jsonFaultEs(e) });
  }
  const bad = (column: string, expected: string, found: unknown, expectedEs: string): never => {
    throw new InputError({ file, column }, expected, shown(found), 'bad assumption', { what: 'supuesto no válido', expected: expectedEs, found: shownEs(found) });
  };
  const positive = (v: unknown, column: string) => (typeof v === 'number' && v > 0 ? v : bad(column, 'a positive number', v, 'un número positivo'));
  const points = (raw.receivingPoints ?? {}) as Record<string, unknown>;
  const receivingPoints: Record<string, string[]> = {};
  for (const [state, codes] of Object.entries(points)) {
    if (state.startsWith('_')) continue;
    if (!/^MX-\d\d$/.test(state) || !Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string' && /^MX-\d{5}$/.test(c))) {
      bad(`receivingPoints.${state}`, 'a state code (MX-02) with a list of INEGI municipality codes (MX-02004)', codes, 'una clave de estado (MX-02) con una lista de claves de municipio del INEGI (MX-02004)');
    }
    receivingPoints[state] = codes as string[];
  }
  const cityShares: Record<string, number> = {};
  for (const [code, v] of Object.entries((raw.cityShares ?? {}) as Record<string, unknown>)) {
    if (code.startsWith('_')) continue;
    if (typeof v !== 'number' || v < 0 || v > 1) bad(`cityShares.${code}`, 'a share between 0 and 1', v, 'una proporción entre 0 y 1');
    cityShares[code] = v as number;
  }
  const stay = (raw.stayDays ?? {}) as Record<string, unknown>;
  const stayDays = Object.fromEntries(KINDS.map((k) => [k, positive(stay[k], `stayDays.${k}`)])) as Record<Kind, number>;
  const comp = raw.familyComposition;
  if (!Array.isArray(comp) || comp.length === 0) bad('familyComposition', 'a list of { adults, children, share }', comp, 'una lista de { adults, children, share }');
  const familyComposition = (comp as Record<string, unknown>[]).map((f, i) => {
    const whole = (v: unknown, min: number) => (Number.isInteger(v) && (v as number) >= min ? (v as number) : bad(`familyComposition[${i}]`, `whole numbers of adults (≥1) and children (≥1)`, f, 'números enteros de adultos (≥1) y de menores (≥1)'));
    return { adults: whole(f.adults, 1), children: whole(f.children, 1), share: positive(f.share, `familyComposition[${i}].share`) };
  });
  const total = familyComposition.reduce((a, f) => a + f.share, 0);
  if (Math.abs(total - 1) > 1e-6) bad('familyComposition', 'shares adding up to 1', total, 'proporciones que sumen 1');
  const male = raw.maleShare;
  if (male !== null && male !== undefined && !(typeof male === 'number' && male >= 0 && male <= 1)) bad('maleShare', 'null (estimate from the data) or a share between 0 and 1', male, 'null (estimar a partir de los datos) o una proporción entre 0 y 1');
  const window = raw.forecastWindowWeeks;
  if (!Number.isInteger(window) || (window as number) < 2) bad('forecastWindowWeeks', 'a whole number of weeks, 2 or more', window, 'un número entero de semanas, 2 o más');
  return {
    receivingPoints,
    cityShares,
    stayDays,
    familyComposition,
    maleShare: (male ?? null) as number | null,
    maxKm: positive(raw.maxKm, 'maxKm'),
    forecastWindowWeeks: window as number,
  };
}
