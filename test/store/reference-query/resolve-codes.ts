/**
 * Lets people filter with the names they know ("Honduras", "Rio Grande Valley",
 * "title 42") as well as the store's codes; an unknown value is a usage error that
 * says where to look.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../../src/errors.js';
import { DIMENSIONS, type Dimension } from '../../../src/model/index.js';
import { countryCode } from '../../../src/store/dimensions/countries.js';
import { fieldOfficeCode, normaliseLabel, sectorCode, usStateCode } from '../../../src/store/dimensions/geography.js';
import { rows } from '../../../src/store/open.js';

export function parseDimension(name: string): Dimension {
  const d = name.trim().toLowerCase() as Dimension;
  if (!DIMENSIONS.includes(d)) throw new UsageError(`unknown dimension "${name}": use one of ${DIMENSIONS.join(', ')}`);
  return d;
}

export async function resolveCode(conn: DuckDBConnection, dim: Dimension, value: string): Promise<string> {
  const v = value.trim();
  // No code or label holds these: a value with them is a mistake or a probe, never a near match
  // (the label matcher ignores punctuation, so '" OR ""="' would otherwise find Oregon, OR).
  if (/[=<>\\`|*%{}]/.test(v)) throw new UsageError(`"${value}" is not a ${dim} code or label: no code or label holds = < > \\ \` | * % { }; "corridor dimensions ${dim}" lists them`);
  if (v.toUpperCase() === 'ALL') return 'ALL';
  const table = dim === 'geography' ? 'places' : dim === 'citizenship' ? 'countries' : 'members';
  const extra = table === 'members' ? 'AND dimension = ?' : '';
  const params = table === 'members' ? [dim] : [];
  const exact = await rows<{ code: string }>(conn, `SELECT code FROM ${table} WHERE upper(code) = upper(?) ${extra}`, [v, ...params]);
  if (exact.length) return exact[0].code;
  // The guessers read loose spellings (RGV, "El Paso sector", TX): only from plain words.
  const plain = /^[\p{L}\p{N} .,'’()/&-]+$/u.test(v);
  const guess = !plain
    ? undefined
    : dim === 'citizenship' ? countryCode(v) : dim === 'geography' ? sectorCode(v) ?? fieldOfficeCode(v) ?? usStateCode(v) : undefined;
  if (guess) return guess;
  const byLabel = await rows<{ code: string; label_en: string; label_es: string }>(conn, `SELECT code, label_en, label_es FROM ${table} WHERE true ${extra}`, params);
  const n = normaliseLabel(v);
  const hit = byLabel.find((r) => normaliseLabel(r.label_en ?? '') === n || normaliseLabel(r.label_es ?? '') === n);
  if (hit) return hit.code;
  throw new UsageError(`unknown ${dim} "${value}": "corridor dimensions ${dim}" lists the codes`);
}
