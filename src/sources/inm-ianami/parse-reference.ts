/**
 * The three reference tables must say what reference.ts exports (the metadata the rest
 * of corridor uses): any change in a new release is an error naming the row.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { countryPlace, usStateCode } from '../../store/dimensions/geography.js';
import { countryCode } from '../../store/dimensions/countries.js';
import { parseEnum } from '../read/cells.js';
import type { ParseContext } from '../types.js';
import { stateCode } from './labels.js';
import { readTable, type Table } from './read-table.js';
import { BORDER_STATES, CONTAINMENT_BELTS, OPERATIONS_CENTRES } from './reference.js';

export async function checkReferenceTables(ctx: ParseContext): Promise<void> {
  const frontera = await readTable(ctx, { fileId: 'frontera', header: ['FRONTERA', 'ESTADO', 'COLINDA CON ESTADOS UNIDOS'] });
  compare(frontera, BORDER_STATES.map((b) => [b.border, b.state, b.neighbour]), (row, at) => [
    parseEnum(row[0], { Norte: 'north', Sur: 'south' }, at(0), 'border'),
    stateCode(row[1], at(1)),
    neighbour(row[2]) ?? '',
  ]);
  const belts = await readTable(ctx, { fileId: 'cinturones', header: ['CINTURÓN', 'ESTADO'] });
  compare(belts, CONTAINMENT_BELTS.map((b) => [String(b.belt), b.state]), (row, at) => [(row[0] ?? '').trim(), stateCode(row[1], at(1))]);
  const ceco = await readTable(ctx, { fileId: 'ceco', header: ['CECO', 'ESTADO'] });
  compare(ceco, OPERATIONS_CENTRES.map((c) => [c.ceco, c.state]), (row, at) => [(row[0] ?? '').trim(), stateCode(row[1], at(1))]);
}

/** A US state ("Nuevo México") or a country ("Belice") as a place code. */
function neighbour(label: string | null): string | undefined {
  const text = (label ?? '').trim();
  const country = countryCode(text);
  return usStateCode(text) ?? (country ? countryPlace(country) : undefined);
}

type Read = (row: (string | null)[], at: (c: number) => Location) => string[];

/** Row by row, the file (read to codes) must equal `expected`, with nothing more or less. */
function compare(t: Table, expected: string[][], read: Read): void {
  t.rows.forEach((row, i) => {
    const got = read(row, (c) => t.at(i, c));
    const want = expected[i];
    const c = want === undefined ? 0 : got.findIndex((v, k) => v !== want[k]);
    if (c >= 0) {
      const wanted = want === undefined ? `no row ${i + 2} (reference.ts lists ${expected.length} rows)` : `${want.join(', ')} (as in reference.ts)`;
      throw new InputError(t.at(i, c), wanted, shown(row.join(',')), 'changed reference table');
    }
  });
  if (t.rows.length < expected.length) {
    const last = t.at(t.rows.length - 1, 0);
    const wanted = `${expected[t.rows.length].join(', ')} (as in reference.ts)`;
    throw new InputError({ ...last, row: (last.row ?? 0) + 1 }, wanted, 'the end of the file', 'changed reference table');
  }
}
