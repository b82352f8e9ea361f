/**
 * The vocabulary of the impact estimates: a monthly series as the store answers it, the
 * estimate month by month and cumulatively, and what is reported beside it (the events
 * that overlap the window, the sources, the notes).
 */
import type { Bilingual } from '../../model/index.js';

export type { Bilingual };

/** One monthly series, months consecutive (a month the store lacks is null). */
export interface MonthlySeries {
  /** First day of each month, 'YYYY-MM-01', consecutive. */
  periods: string[];
  /** The value, or null when the month is missing or incomplete (never used for fitting). */
  values: (number | null)[];
  /** Months left out, and why. */
  excluded: { period: string; reason: 'incomplete' | 'missing' }[];
  /** The source of each month (same length as periods; null where missing). */
  sourceOf: (SeriesSource | null)[];
}

export interface SeriesSource {
  source: string;
  dataset: string;
  vintage: number;
}

/** An interval around a figure. */
export interface Bounds {
  lower: number;
  upper: number;
}

/**
 * How the intervals were made: 'calibrated', the wider of the model's own and the one
 * calibrated by back-tests; 'model', the model's own only (too few back-test origins).
 */
export type IntervalMethod = 'calibrated' | 'model';

/** One month after the event. */
export interface EffectMonth {
  period: string;
  observed: number;
  /** What the model expected without the event (treated scale). */
  counterfactual: number;
  /** The model's own prediction interval for the counterfactual. */
  modelInterval: Bounds;
  /** Interval for the counterfactual used for the effect (see IntervalMethod). */
  counterfactualInterval: Bounds;
  /** observed − counterfactual, and its interval. */
  effect: number;
  effectInterval: Bounds;
  /** effect / counterfactual. */
  relativeEffect: number;
  cumulative: {
    observed: number;
    counterfactual: number;
    effect: number;
    interval: Bounds;
    relativeEffect: number;
    /** The interval excludes zero. */
    significant: boolean;
  };
}

/** The core estimate, before the store and the timeline are attached. */
export interface EffectEstimate {
  /** Index (in the series) of the first post-event month. */
  event: number;
  model: string;
  /** True when the model was fitted to log values. */
  log: boolean;
  /** Indices of the first and last month the model was fitted to. */
  fit: { from: number; to: number };
  months: EffectMonth[];
  intervals: { method: IntervalMethod; level: number; origins: number; why?: Bilingual };
}

export interface OverlappingEvent {
  id: string;
  date: string;
  endDate?: string;
  title: Bilingual;
  /** Where it falls: in force since before the window, in the pre-period, in the event month, or after it. */
  position: 'in-force' | 'pre-period' | 'event-month' | 'post-period';
  related: boolean;
}

export interface ImpactResult {
  event: { id: string; date: string; title: Bilingual; source: string };
  measure: string;
  where: string[];
  control?: { where: string[] };
  model: string;
  log: boolean;
  level: number;
  pre: { from: string; to: string; months: number };
  post: { from: string; to: string; months: number };
  months: EffectMonth[];
  intervals: EffectEstimate['intervals'];
  overlapping: OverlappingEvent[];
  excluded: MonthlySeries['excluded'];
  sources: (SeriesSource & { series: 'treated' | 'control'; from: string; to: string })[];
  notes: Bilingual[];
  method: Bilingual;
}
