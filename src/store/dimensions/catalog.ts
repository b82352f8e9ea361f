/**
 * Measures and categories from the shared list plus what each source declares.
 * A measure or category declared twice must be declared identically.
 */
import type { CategoryDefinition, DescribedSource, MeasureDefinition, Place } from '../../model/index.js';
import { SHARED_MEASURES } from './measures.js';
import { PLACES } from './geography.js';

function merged<T>(kind: string, base: T[], extra: { source: string; items: T[] }[], key: (t: T) => string = (t) => (t as { id: string }).id): T[] {
  const out = new Map(base.map((m) => [key(m), m]));
  for (const { source, items } of extra) {
    for (const item of items) {
      const prior = out.get(key(item));
      if (prior && JSON.stringify(prior) !== JSON.stringify(item)) {
        throw new Error(`${kind} "${key(item)}" is declared differently by source ${source} and elsewhere`);
      }
      out.set(key(item), item);
    }
  }
  return [...out.values()];
}

export function allMeasures(adapters: DescribedSource[]): MeasureDefinition[] {
  return merged('measure', SHARED_MEASURES, adapters.map((a) => ({ source: a.describe.id, items: a.describe.measures ?? [] })));
}

export function allCategories(adapters: DescribedSource[]): CategoryDefinition[] {
  return merged('category', [], adapters.map((a) => ({ source: a.describe.id, items: a.describe.categories ?? [] })));
}

/** The shared US places plus the places each source declares. */
export function allPlaces(adapters: DescribedSource[]): Place[] {
  return merged('place', PLACES, adapters.map((a) => ({ source: a.describe.id, items: a.describe.places ?? [] })), (p) => p.code);
}
