/**
 * Kaplan's CSV conventions: "NA" where the PDF has no figure, lower-case sector names,
 * and aggregate rows ("southwest border", "nationwide total") mixed with sector rows.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseCount } from '../read/cells.js';
import { placeByCode, sectorCode } from '../../store/dimensions/geography.js';

/** A count, or null for "NA" or a blank cell (missing, never 0). */
export function kaplanCount(text: string | null, at: Location): number | null {
  const t = (text ?? '').trim();
  return t === '' || t === 'NA' ? null : parseCount(t, at);
}

export type Level = 'sector' | 'region' | 'country';

const AGGREGATES: Record<string, { code: string; level: Level }> = {
  'southwest border': { code: 'US-SWB', level: 'region' },
  'northern border': { code: 'US-NLB', level: 'region' },
  'coastal border': { code: 'US-CST', level: 'region' },
  'nationwide total': { code: 'US', level: 'country' },
};

/**
 * The place a row's `sector` cell names. `swOnly` files list the nine southwest
 * sectors and the "southwest border" total, nothing else.
 */
export function kaplanPlace(label: string | null, at: Location, swOnly: boolean): { code: string; level: Level } {
  const t = (label ?? '').trim();
  const aggregate = AGGREGATES[t];
  const sector = aggregate ? undefined : sectorCode(t);
  const ok = aggregate
    ? !swOnly || aggregate.code === 'US-SWB'
    : sector !== undefined && t === t.toLowerCase() && (!swOnly || placeByCode(sector)?.parents.includes('US-SWB'));
  if (!ok) {
    const expected = swOnly ? 'a southwest border sector ("big bend" ... "yuma") or "southwest border"' : 'a Border Patrol sector ("big bend", "blaine", ...) or one of "southwest border", "northern border", "coastal border", "nationwide total"';
    throw new InputError(at, expected, shown(t), 'unknown sector');
  }
  return aggregate ?? { code: sector!, level: 'sector' };
}

/** Livermore closed after FY2005: Kaplan keeps its rows with every figure "NA". Not applicable, so no observation. */
export function isClosedLivermore(label: string | null, cells: (string | null)[]): boolean {
  return (label ?? '').trim() === 'livermore' && cells.every((c) => (c ?? '').trim() === 'NA');
}
