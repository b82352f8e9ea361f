/**
 * Lets people filter with the names they know ("Honduras", "Rio Grande Valley",
 * "title 42") as well as the store's codes; an unknown value is a usage error that
 * says where to look. Codes and labels come from the query catalogue (catalogue.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from '../../model/index.js';
import { normaliseLabel } from '../dimensions/normalise.js';
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
  throw new UsageError(`unknown ${dim} "${value}": "corridor dimensions ${dim}" lists the codes`, `código de ${DIMENSION_NAMES[dim].es} desconocido "${value}": "corridor dimensions ${dim}" lista los códigos`);
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
