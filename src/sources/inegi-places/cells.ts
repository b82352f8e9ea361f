/**
 * Cells of the catalogue: codes of fixed width, names, states, and census counts.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { mexicanState, mxStateCode } from '../../store/dimensions/mexico.js';
import { parseCount } from '../read/cells.js';

/** A code of exactly `width` digits, kept as text ("07", "089"). */
export function digits(text: string | null, width: number, at: Location): string {
  const t = (text ?? '').trim();
  if (!new RegExp(`^\\d{${width}}$`).test(t)) throw new InputError(at, `a code of ${width} digits`, shown(text), 'bad code');
  return t;
}

/** A name that must not be blank. */
export function name(text: string | null, at: Location): string {
  const t = (text ?? '').trim();
  if (t === '') throw new InputError(at, 'a name', 'an empty cell', 'missing value');
  return t;
}

/** The state place ('MX-07') of an INEGI state code, checked against the state's name in the next column. */
export function stateOf(code: string | null, label: string | null, atCode: Location, atLabel: Location): string {
  const state = mexicanState(digits(code, 2, atCode));
  if (!state) throw new InputError(atCode, 'an INEGI state code 01 to 32', shown(code), 'unknown state');
  if (mexicanState(name(label, atLabel)) !== state) {
    throw new InputError(atLabel, `the name of state ${code} (${mxStateCode(code!.trim())})`, shown(label), 'inconsistent state');
  }
  return state;
}

export interface Counts {
  total: number | null;
  male: number | null;
  female: number | null;
}

/** The columns of a census row, as indexes, and where each is. */
export interface CountCells {
  total: number;
  male: number;
  female: number;
  dwellings: number;
  at: (column: number) => Location;
}

const count = (row: (string | null)[], c: number, at: (column: number) => Location) => parseCount(row[c], at(c), { blank: 'null' });

/**
 * A municipality's population by sex; undefined for a municipality that did not exist on
 * census day. All four counts 0 (no inhabitants, no dwellings) can mean nothing else, since
 * every municipality has inhabitants: one created after the census, whose 2020 inhabitants
 * are counted in the municipality it was split from. Its census figure is not applicable,
 * like a cell marked "X": no figure at all. (Not null: a null part makes every sum over
 * it unknown, and the state and national totals are known.)
 */
export function municipalCounts(row: (string | null)[], c: CountCells): Counts | undefined {
  const [total, male, female, dwellings] = [c.total, c.male, c.female, c.dwellings].map((k) => count(row, k, c.at));
  if (total === 0) {
    if (male !== 0 || female !== 0 || dwellings !== 0) {
      throw new InputError(c.at(c.total), 'a population above 0, or 0 inhabitants and 0 dwellings for a municipality created after the census', `0 with ${shown(row[c.male])} men, ${shown(row[c.female])} women, ${shown(row[c.dwellings])} dwellings`, 'inconsistent counts');
    }
    return undefined;
  }
  checkSexes(total, male, female, c);
  return { total, male, female };
}

/**
 * A locality's population by sex (1,000 or more). 0 men and 0 women in a locality of one or
 * two occupied dwellings (22 such in the file, prisons among them) is a breakdown not published: null.
 */
export function localityCounts(row: (string | null)[], c: CountCells): Counts {
  const [total, male, female, dwellings] = [c.total, c.male, c.female, c.dwellings].map((k) => count(row, k, c.at));
  if (total !== null && total < 1000) throw new InputError(c.at(c.total), '1,000 inhabitants or more (the file lists no smaller locality)', shown(row[c.total]), 'unexpected population');
  if (male === 0 && female === 0 && total !== null && dwellings !== null && dwellings <= 2) return { total, male: null, female: null };
  checkSexes(total, male, female, c);
  return { total, male, female };
}

function checkSexes(total: number | null, male: number | null, female: number | null, c: CountCells): void {
  if (total !== null && male !== null && female !== null && male + female !== total) {
    throw new InputError(c.at(c.male), `men and women adding up to the population, ${total}`, `${male} men and ${female} women`, 'counts do not add up');
  }
}
