/**
 * Lets people filter with the names they know ("Honduras", "Rio Grande Valley",
 * "title 42") as well as the store's codes; an unknown value is a usage error that
 * says where to look. Codes and labels come from the query catalogue (catalogue.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from '../../model/index.js';
import { normaliseLabel } from '../dimensions/normalise.js';
import { DEMONYMS } from '../dimensions/terms.js';
import { rows } from '../open.js';
import { queryCatalogue, type CodeAbout, type CodeTable } from './catalogue.js';
import { closest } from './closest.js';

export function parseDimension(name: string): Dimension {
  const d = name.trim().toLowerCase() as Dimension;
  if (!DIMENSIONS.includes(d)) {
    const near = closest(name, DIMENSIONS, 1);
    throw new UsageError(
      `unknown dimension "${name}"${near.length ? ` (did you mean ${near[0]}?)` : ''}: use one of ${DIMENSIONS.join(', ')}`,
      `dimensión desconocida "${name}"${near.length ? ` (¿quiso decir ${near[0]}?)` : ''}: use una de ${DIMENSIONS.join(', ')}`,
    );
  }
  return d;
}

export async function resolveCode(conn: DuckDBConnection, dim: Dimension, value: string): Promise<string> {
  const code = await knownCode(conn, dim, value);
  if (code !== undefined) return code;
  throw unknown(dim, value, await (await queryCatalogue(conn)).codes(dim));
}

/**
 * The code a value names, or undefined when none does (resolveCode then names the nearest; that
 * search over every name is left out here, where a filter's comma-separated parts are grouped and
 * most groupings name nothing: 26 ICE areas took 2.8 s of edit distances before). Other refusals throw.
 */
async function knownCode(conn: DuckDBConnection, dim: Dimension, value: string): Promise<string | undefined> {
  const v = value.trim();
  // No code or label holds these: a value with them is a mistake or a probe, never a near match
  // (the label matcher ignores punctuation, so '" OR ""="' would otherwise find Oregon, OR).
  if (/[=<>\\`|*%{}]/.test(v)) throw new UsageError(
      `"${value}" is not a ${dim} code or label: no code or label holds = < > \\ \` | * % { }; "corridor dimensions ${dim}" lists them`,
      `"${value}" no es un código ni una etiqueta de ${DIMENSION_NAMES[dim].es}: ningún código ni etiqueta contiene = < > \\ \` | * % { }; "corridor dimensions ${dim}" los lista`,
    );
  if (v.toUpperCase() === 'ALL') return 'ALL';
  const catalogue = await queryCatalogue(conn);
  // A one-off command asks the store for the code alone; a server has every table in memory.
  let table = catalogue.loadedCodes(dim);
  const exact = table ? table.byCode.get(v.toUpperCase()) : await exactCode(conn, dim, v);
  if (exact !== undefined) return exact;
  // The guessers read loose spellings (RGV, "El Paso sector", TX): only from plain words.
  const plain = /^[\p{L}\p{N} .,'’()/&-]+$/u.test(v);
  // Loaded only here: the country list (i18n-iso-countries' names) costs more than a query to load.
  const guess = !plain
    ? undefined
    : dim === 'citizenship' ? (await import('../dimensions/countries.js')).countryCode(v)
    : dim === 'geography' ? await import('../dimensions/geography.js').then((g) => g.sectorCode(v) ?? g.fieldOfficeCode(v) ?? g.usStateCode(v)) : undefined;
  if (guess) return guess;
  table ??= await catalogue.codes(dim);
  const hits = table.byLabel().get(normaliseLabel(v));
  if (hits?.length === 1) return hits[0];
  if (hits && hits.length > 1) throw ambiguous(dim, value, hits.map((code) => table.about(code) ?? { code, label_en: null, label_es: null }), table);
  // "hondureños", "Hondurans", "Mexicans": the demonyms the claim checker reads (dimensions/terms.ts, the store's table `terms`).
  return dim === 'citizenship' ? demonymCodes().get(normaliseLabel(v)) : undefined;
}

let demonymIndex: Map<string, string> | undefined;
/** normalised demonym (English or Spanish) → citizenship code, from the claims' own vocabulary. */
function demonymCodes(): Map<string, string> {
  if (demonymIndex) return demonymIndex;
  demonymIndex = new Map();
  for (const t of DEMONYMS) for (const w of [...t.en, ...t.es]) demonymIndex.set(normaliseLabel(w), t.code);
  return demonymIndex;
}

/**
 * An unknown value: what was asked, where the known codes are listed, and the known names
 * nearest to it ("Hondurs" → Honduras (HND)), labels in either language and, for
 * citizenship, the demonyms.
 */
function unknown(dim: Dimension, value: string, table: CodeTable): UsageError {
  const names = new Map<string, string>();
  for (const [key, codes] of table.byLabel()) if (key !== '' && codes.length === 1) names.set(key, codes[0]);
  if (dim === 'citizenship') for (const [key, code] of demonymCodes()) if (!names.has(key)) names.set(key, code);
  const wanted = normaliseLabel(value);
  // One name for each code near ("Hondurs": Honduras, not also "honduran" and "hondurans").
  const near: string[] = [];
  const seen = new Set<string>();
  for (const key of wanted.length < 4 ? [] : closest(wanted, names.keys(), 12)) {
    const code = names.get(key)!;
    if (seen.has(code) || near.length === 3) continue;
    seen.add(code);
    const about = table.about(code);
    const shown = [about?.label_en, about?.label_es].find((l) => l && normaliseLabel(l) === key) ?? key.toLowerCase();
    near.push(`${shown} (${code})`);
  }
  const en = near.length ? ` (did you mean ${near.join(', ')}?)` : '';
  const es = near.length ? ` (¿quiso decir ${near.join(', ')}?)` : '';
  return new UsageError(
    `unknown ${dim} "${value}"${en}: "corridor dimensions ${dim}" lists the codes`,
    `código de ${DIMENSION_NAMES[dim].es} desconocido "${value}"${es}: "corridor dimensions ${dim}" lista los códigos`,
  );
}

/** Most commas one name may hold ("Congo, The Democratic Republic of the" has one). */
const MAX_COMMAS_IN_NAME = 3;

/**
 * The codes a filter's value names: one value, or several separated by commas
 * ("GTM,HND", "Honduras, Guatemala"). A name may itself hold a comma ("Moldova, Republic
 * of"): the value is read as every way of grouping its comma-separated parts in which each
 * group names a code; a whole value the store holds as a code, label or demonym is one name;
 * otherwise one reading is taken, several are refused as ambiguous with two of them, none is
 * refused with the part where every reading stops.
 */
export async function resolveCodes(conn: DuckDBConnection, dim: Dimension, text: string): Promise<string[]> {
  const parts = text.split(',');
  if (parts.length === 1) return [await resolveCode(conn, dim, text)];
  if (parts.some((p) => p.trim() === '')) throw new UsageError(`empty value in filter "${dim}=${text}"`, `valor vacío en el filtro "${dim}=${text}"`);
  // A code, label or demonym the store holds, whole, is one name: "Big Bend sector, TX" is the sector, not also Texas.
  const table = await (await queryCatalogue(conn)).codes(dim);
  const whole = text.trim();
  if (table.byCode.has(whole.toUpperCase()) || table.byLabel().has(normaliseLabel(whole)) || (dim === 'citizenship' && demonymCodes().has(normaliseLabel(whole)))) return [await resolveCode(conn, dim, whole)];
  const n = parts.length;
  // span(i, j): parts i..j-1 joined back with their commas, resolved or refused.
  const spans = new Map<string, { code?: string; error?: unknown }>();
  const span = async (i: number, j: number) => {
    const key = `${i}:${j}`;
    let got = spans.get(key);
    if (!got) {
      got = await knownCode(conn, dim, parts.slice(i, j).join(',').trim()).then((code) => ({ code }), (error: unknown) => ({ error }));
      spans.set(key, got);
    }
    return got;
  };
  // readings[i]: up to two ways of reading parts i.. as codes (two are enough to call it ambiguous).
  const readings: (string[][] | undefined)[] = new Array(n + 1);
  readings[n] = [[]];
  const groups: string[][][] = new Array(n + 1);
  groups[n] = [[]];
  for (let i = n - 1; i >= 0; i--) {
    const found: string[][] = [];
    const named: string[][] = [];
    for (let j = i + 1; j <= Math.min(n, i + 1 + MAX_COMMAS_IN_NAME) && found.length < 2; j++) {
      const rest = readings[j];
      if (!rest?.length) continue;
      const s = await span(i, j);
      if (s.code === undefined) continue;
      for (let k = 0; k < rest.length && found.length < 2; k++) {
        found.push([s.code, ...rest[k]]);
        named.push([parts.slice(i, j).join(',').trim(), ...groups[j][k]]);
      }
    }
    readings[i] = found;
    groups[i] = named;
  }
  const read = readings[0]!;
  if (read.length === 1) return read[0];
  if (read.length > 1) {
    const reading = (k: number, lang: 'en' | 'es') =>
      read[k].length === 1
        ? `${lang === 'es' ? 'un nombre' : 'one name'}, ${read[k][0]}`
        : `${read[k].length} ${lang === 'es' ? 'valores' : 'values'}, ${groups[0][k].map((g, x) => `"${g}" ${read[k][x]}`).join(lang === 'es' ? ' y ' : ' and ')}`;
    throw new UsageError(
      `"${text.trim()}" is ambiguous: a ${dim} name may hold a comma, and this can be read as ${reading(0, 'en')}, or as ${reading(1, 'en')}; give the codes, separated by commas ("corridor dimensions ${dim}" lists them)`,
      `"${text.trim()}" es ambiguo: un nombre de ${DIMENSION_NAMES[dim].es} puede llevar una coma, y esto se puede leer como ${reading(0, 'es')}, o como ${reading(1, 'es')}; indique los códigos, separados por comas ("corridor dimensions ${dim}" los lista)`,
    );
  }
  // No reading: the refusal of the part where every reading from the start stops, saying the whole was tried as one name too.
  const reach = new Set<number>([0]);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (!reach.has(i)) continue;
    at = i;
    for (let j = i + 1; j <= Math.min(n, i + 1 + MAX_COMMAS_IN_NAME); j++) if ((await span(i, j)).code !== undefined) reach.add(j);
  }
  const stop = await span(at, at + 1);
  // A part that names nothing is refused as resolveCode refuses it, with the names nearest to it.
  const failed = stop.error ?? unknown(dim, parts[at].trim(), table);
  if (!(failed instanceof UsageError)) throw failed;
  throw new UsageError(
    `${failed.message} (values are separated by commas; "${text.trim()}" is not one ${dim} name either)`,
    `${failed.es ?? failed.message} (los valores se separan con comas; "${text.trim()}" tampoco es un nombre de ${DIMENSION_NAMES[dim].es})`,
  );
}

async function exactCode(conn: DuckDBConnection, dim: Dimension, v: string): Promise<string | undefined> {
  const table = dim === 'geography' ? 'places' : dim === 'citizenship' ? 'countries' : 'members';
  const extra = table === 'members' ? 'AND dimension = ?' : '';
  const found = await rows<{ code: string }>(conn, `SELECT code FROM ${table} WHERE upper(code) = upper(?) ${extra}`, [v, ...(table === 'members' ? [dim] : [])]);
  return found[0]?.code;
}

/** A place level in words (places.level), for naming the places an ambiguous name may mean. */
const LEVEL_WORDS: Record<string, { en: string; es: string }> = {
  world: { en: 'world', es: 'mundo' },
  country: { en: 'country', es: 'país' },
  region: { en: 'region', es: 'región' },
  sector: { en: 'Border Patrol sector', es: 'sector de la Patrulla Fronteriza' },
  'field-office': { en: 'OFO field office', es: 'oficina de campo de la OFO' },
  state: { en: 'US state', es: 'estado de EE. UU.' },
  'region-state': { en: 'state within a border region', es: 'estado dentro de una región fronteriza' },
  aor: { en: 'ICE area of responsibility', es: 'área de responsabilidad del ICE' },
  'mx-state': { en: 'Mexican state', es: 'estado de México' },
  municipality: { en: 'municipality', es: 'municipio' },
  locality: { en: 'locality', es: 'localidad' },
  shelter: { en: 'shelter', es: 'albergue' },
  'border-city': { en: 'border city', es: 'ciudad fronteriza' },
  airport: { en: 'airport', es: 'aeropuerto' },
};

/**
 * A name several places at the same level of the hierarchy share (catalogue.ts): refused,
 * with each place's code, kind and the place it lies in, so that the reader can give the code.
 */
function ambiguous(dim: Dimension, value: string, places: CodeAbout[], table: CodeTable): UsageError {
  const named = (lang: 'en' | 'es') =>
    places
      .map((p) => {
        const parent = p.parent ? table.about(p.parent) : undefined;
        const parentName = parent ? ` ${(lang === 'es' ? parent.label_es : parent.label_en) ?? parent.label_en ?? ''}`.trimEnd() : '';
        const kind = p.level ? LEVEL_WORDS[p.level]?.[lang] ?? p.level : undefined;
        const where = p.parent ? `${lang === 'es' ? 'en' : 'in'} ${p.parent}${parentName}` : undefined;
        const about = [kind, where].filter(Boolean).join(lang === 'es' ? ', ' : ' ');
        return `${p.code}${about ? ` (${about})` : ''}`;
      })
      .join('; ');
  return new UsageError(
    `"${value}" is ambiguous: ${places.length} places at the same level share that name: ${named('en')}. Give the code of the one you mean ("corridor dimensions ${dim}" lists them)`,
    `"${value}" es ambiguo: ${places.length} lugares del mismo nivel comparten ese nombre: ${named('es')}. Indique el código del que busca ("corridor dimensions ${dim}" los lista)`,
  );
}
