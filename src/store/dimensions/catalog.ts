/**
 * Measures and categories from the shared list plus what each source declares.
 * A measure or category declared twice must be declared identically.
 */
import type { CategoryDefinition, MeasureDefinition, SourceAdapter } from '../../sources/types.js';
import { SHARED_MEASURES } from './measures.js';
import { PLACES, type Place } from './geography.js';

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

export function allMeasures(adapters: SourceAdapter[]): MeasureDefinition[] {
  return merged('measure', SHARED_MEASURES, adapters.map((a) => ({ source: a.describe.id, items: a.describe.measures ?? [] })));
}

export function allCategories(adapters: SourceAdapter[]): CategoryDefinition[] {
  return merged('category', [], adapters.map((a) => ({ source: a.describe.id, items: a.describe.categories ?? [] })));
}

/** The shared US places plus the places each source declares. */
export function allPlaces(adapters: SourceAdapter[]): Place[] {
  return merged('place', PLACES, adapters.map((a) => ({ source: a.describe.id, items: a.describe.places ?? [] })), (p) => p.code);
}
