/**
 * Adds up rows into the store's cells: rows of the same cell (several stations or
 * offices of one state, the two rows of a rescue count) are summed. A blank part
 * makes the sum blank (NULL), never a smaller number.
 */
import { DIMENSIONS, type Observation } from '../types.js';

export class Cells {
  private readonly byKey = new Map<string, Observation>();

  add(o: Observation): void {
    const key = [o.dataset, o.period, ...DIMENSIONS.map((d) => o[d])].join('|');
    const prior = this.byKey.get(key);
    if (!prior) this.byKey.set(key, o);
    else prior.value = prior.value === null || o.value === null ? null : prior.value + o.value;
  }

  observations(): Observation[] {
    return [...this.byKey.values()];
  }
}
