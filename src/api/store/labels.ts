/**
 * @module
 * English and Spanish labels of every code of every dimension, read once per
 * state of the store, so rows can carry labels in the requested language.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { listMembers } from '../../store/catalog.js';
import { DIMENSIONS, type Bilingual, type Dimension } from '../../model/index.js';

export type Lang = 'en' | 'es';
export type Labels = Record<Dimension, Map<string, Bilingual>>;

const ALL: Bilingual = { en: 'All', es: 'Total' };

export async function readLabels(conn: DuckDBConnection): Promise<Labels> {
  const out = {} as Labels;
  for (const dim of DIMENSIONS) {
    const members = (await listMembers(conn, dim)) as { code: string; label_en: string | null; label_es: string | null }[];
    out[dim] = new Map(members.map((m) => [m.code, { en: m.label_en ?? m.code, es: m.label_es ?? m.label_en ?? m.code }]));
  }
  return out;
}

/** The label of a code in a language; the code itself when the store has none. */
export function labelOf(labels: Labels, dim: Dimension, code: string, lang: Lang): string {
  const found = labels[dim].get(code) ?? (code === 'ALL' ? ALL : undefined);
  return found ? found[lang] : code;
}
