/**
 * Traslados.csv → transfers out of the six northern border states, by day and state.
 * TOTAL is checked against the states and not stored (it is their sum).
 */
import { InputError } from '../../errors.js';
import { mexicanState } from '../../store/dimensions/mexico.js';
import { parseCount } from '../read/cells.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET } from './datasets.js';
import { parseDay } from './days.js';
import { readTable } from './read-table.js';

const STATES = ['Baja California', 'Sonora', 'Chihuahua', 'Coahuila', 'Nuevo León', 'Tamaulipas'];
export const HEADER = ['DIA', ...STATES, 'TOTAL'];
const TOTAL = HEADER.length - 1;
const STATE_CODES = STATES.map((s) => mexicanState(s)!);

export async function parseTraslados(ctx: ParseContext): Promise<Observation[]> {
  const t = await readTable(ctx, { fileId: 'traslados', header: HEADER });
  const days = new Seen('row');
  return t.rows.flatMap((row, i) => {
    const period = parseDay(row[0], t.at(i, 0));
    days.add(period, t.at(i, 0), `day ${row[0]}`);
    const counts = STATES.map((_, s) => parseCount(row[s + 1], t.at(i, s + 1), { blank: 'null' }));
    const total = parseCount(row[TOTAL], t.at(i, TOTAL), { blank: 'null' });
    if (total !== null && counts.every((n) => n !== null)) {
      const sum = (counts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== total) throw new InputError(t.at(i, TOTAL), `the sum of the six states, ${sum}`, String(total), 'inconsistent total');
    }
    return counts.map((value, s) => observation(DATASET.transfers, period, value, { geography: STATE_CODES[s] }, t.at(i, s + 1)));
  });
}
