/**
 * Codes printed with their names beside them ("MX-07 Chiapas", "HND Honduras"), in
 * the language asked for, from the store's labels; a code the store has no name for
 * is printed alone.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dimension } from '../model/index.js';
import { labelsOf, listMembers } from '../store/catalog.js';

export type Lang = 'en' | 'es';

/**
 * `shown`: the codes that will be named, per dimension (only their labels are read, not
 * the 13,000 places); without it, every code of the dimensions.
 */
export async function codeNamer(conn: DuckDBConnection, dims: Dimension[], lang: Lang, shown?: (dim: Dimension) => string[]): Promise<(dim: Dimension, code: string) => string> {
  const names = new Map<Dimension, Map<string, string>>();
  for (const dim of new Set(dims)) {
    const members = (shown ? await labelsOf(conn, dim, [...new Set(shown(dim))]) : await listMembers(conn, dim)) as { code: string; label_en: string | null; label_es: string | null }[];
    names.set(dim, new Map(members.map((m) => [m.code, (lang === 'es' ? (m.label_es ?? m.label_en) : m.label_en) ?? m.code])));
  }
  return (dim, code) => {
    if (code === 'ALL') return lang === 'es' ? 'ALL Total' : 'ALL All';
    const name = names.get(dim)?.get(code);
    return name && name !== code ? `${code} ${name}` : code;
  };
}

/**
 * The label alone of each code, as /api/series and /api/export give it (readLabels, labelOf):
 * the Spanish one falling back to the English one, then to the code; ALL is "All" or "Total".
 * The CSV of `corridor query` is written by the API's writer (src/analysis/export/series-table.ts) with these.
 */
export async function codeLabeler(conn: DuckDBConnection, dims: Dimension[], lang: Lang, shown: (dim: Dimension) => string[]): Promise<(dim: Dimension, code: string) => string> {
  const names = new Map<Dimension, Map<string, string>>();
  for (const dim of new Set(dims)) {
    const members = (await labelsOf(conn, dim, [...new Set(shown(dim))])) as { code: string; label_en: string | null; label_es: string | null }[];
    names.set(dim, new Map(members.map((m) => [m.code, (lang === 'es' ? (m.label_es ?? m.label_en) : m.label_en) ?? m.code])));
  }
  return (dim, code) => names.get(dim)?.get(code) ?? (code === 'ALL' ? (lang === 'es' ? 'Total' : 'All') : code);
}
