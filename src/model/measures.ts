import type { Bilingual } from './bilingual.js';

export interface MeasureDefinition {
  id: string;
  label: Bilingual;
  definition: Bilingual;
  /**
   * A stock (people deployed, population, a detention population, beds) is a level at a
   * point in time: it is never summed over time. Flows (events) are. Default: flow.
   */
  stock?: boolean;
  /** 'events' unless the publisher says the measure counts people. */
  unit: 'events' | 'people' | 'doses' | 'agents' | 'deaths' | 'average daily population' | 'personnel' | 'beds' | 'appointments' | 'caravans';
}

export interface CategoryDefinition {
  /** Unique across sources, e.g. 'bookout:t42-expulsion'. */
  id: string;
  label: Bilingual;
  definition?: Bilingual;
}
