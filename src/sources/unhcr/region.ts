/**
 * The countries of the Americas, from the package's countries.csv: UNSD region
 * "Americas" (Latin America and the Caribbean + Northern America) or UNHCR region
 * "The Americas" (the two differ on Greenland, Bouvet Island and South Georgia).
 * Written to a temporary table the selections join against.
 */
import { InputError, shown } from '../../errors.js';
import { Seen } from '../read/seen.js';
import type { ParseContext } from '../types.js';
import { checkCells } from './checks.js';
import { COUNTRIES_FILE } from './files.js';
import { loadTable, select } from './table.js';

/** The temporary table with one column, iso: the ISO codes of the Americas. */
export const AMERICAS_SQL = 'unhcr_americas';

export async function loadAmericas(ctx: ParseContext): Promise<Set<string>> {
  const t = await loadTable(ctx, COUNTRIES_FILE);
  await checkCells(ctx, t);
  const iso = t.col('iso_code');
  const seen = new Seen('row');
  for (const [line, code] of await select(ctx, `SELECT line, ${iso} FROM ${t.sql} ORDER BY line`)) {
    if (code === null) continue; // three entries (Tibetan and two UNHCR groupings) have no ISO code
    const at = t.at(Number(line), 'iso_code');
    if (!/^[A-Z]{3}$/.test(String(code))) throw new InputError(at, 'a three-letter ISO code or an empty cell', shown(code), 'not a country code');
    seen.add(String(code), at, `iso_code ${code}`);
  }
  await ctx.scratch.run(`CREATE OR REPLACE TEMP TABLE ${AMERICAS_SQL} AS
    SELECT ${iso} AS iso FROM ${t.sql}
    WHERE ${iso} IS NOT NULL AND (${t.col('unsd_region')} = 'Americas' OR ${t.col('unhcr_region')} = 'The Americas')`);
  const codes = new Set((await select(ctx, `SELECT iso FROM ${AMERICAS_SQL}`)).map(([c]) => String(c)));
  if (!codes.has('USA') || !codes.has('MEX')) {
    throw new InputError({ file: t.file.name, column: 'unsd_region' }, 'the United States and Mexico in the Americas', `only ${[...codes].sort().join(', ') || 'no country'}`, 'unexpected regions');
  }
  return codes;
}

/** SQL condition: the row's origin or country of asylum is in the Americas. */
export const inScopeSql = (coo: string, coa: string) => `(${coo} IN (SELECT iso FROM ${AMERICAS_SQL}) OR ${coa} IN (SELECT iso FROM ${AMERICAS_SQL}))`;

/** SQL expression: the country of asylum is in the Americas. */
export const asylumInAmericasSql = (coa: string) => `(${coa} IN (SELECT iso FROM ${AMERICAS_SQL}))`;
