/**
 * The vocabulary of reception planning: kinds of arrivals, receiving cities, sites
 * (shelters and DIF facilities), demand in whole units (a single person, or a family
 * unit that is never split), and the plan that comes out.
 */
import type { Bilingual } from '../../model/index.js';

export const KINDS = ['men', 'women', 'families', 'minors'] as const;
/** Single adult men, single adult women, people in family units with children, unaccompanied minors. */
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, Bilingual> = {
  men: { en: 'single adult men', es: 'hombres adultos solos' },
  women: { en: 'single adult women', es: 'mujeres adultas solas' },
  families: { en: 'families with children', es: 'familias con niñas y niños' },
  minors: { en: 'unaccompanied minors', es: 'niñas, niños y adolescentes no acompañados' },
};

export interface City {
  /** INEGI municipality code, e.g. MX-02004 (Tijuana). */
  code: string;
  name: string;
  /** State code, e.g. MX-02. */
  state: string;
  lat: number;
  lon: number;
}

export interface Site {
  /** Unique, from the name (registry names are unique). */
  id: string;
  name: string;
  /** City code (INEGI municipality). */
  city: string;
  lat: number;
  lon: number;
  /** Beds shared by every kind the site takes. */
  beds: number;
  /** Optional cap per kind within `beds`. */
  bedsByKind: Partial<Record<Kind, number>>;
  takes: Record<Kind, boolean>;
  /** A facility of the DIF child-welfare system: the only kind of site unaccompanied minors go to. */
  dif: boolean;
  /** First and last day open (YYYY-MM-DD), if limited. */
  opens?: string;
  closes?: string;
}

/** Arrivals in one week at one receiving city, in whole units of one size (1 for a single person). */
export interface Demand {
  week: number;
  city: string;
  kind: Kind;
  /** People per unit: 1 for single adults and minors, the family's size for a family unit. */
  size: number;
  units: number;
}

export interface PlanInput {
  /** Mondays (YYYY-MM-DD), one per planned week. */
  weeks: string[];
  cities: City[];
  sites: Site[];
  demand: Demand[];
  /** Average length of stay in a site, days, by kind. */
  stayDays: Record<Kind, number>;
  /** Nobody is sent to a site farther than this from the city where they are received (km). */
  maxKm: number;
}

export interface Assumption {
  id: string;
  text: Bilingual;
  /** The value used, as data (a number, a table), so it can be checked and edited. */
  value: unknown;
  /** Where the value comes from: the store's data, a file of this project, or the user. */
  basis: 'data' | 'default' | 'user';
}

export interface Assignment {
  week: string;
  city: string;
  kind: Kind;
  size: number;
  site: string;
  units: number;
  people: number;
  km: number;
}

export interface SitePlan {
  id: string;
  name: string;
  city: string;
  dif: boolean;
  /** Beds available each week (beds × share of the week the site is open). */
  capacity: number[];
  /** Average beds in use each week. */
  occupancy: number[];
}

export interface Unmet {
  week: string;
  city: string;
  kind: Kind;
  people: number;
}

export interface Alert {
  type: 'site-full' | 'shortfall';
  city: string;
  kind?: Kind;
  site?: string;
  /** First week it happens. */
  week: string;
  weeks: number;
  /** People without a place over the horizon (shortfall). */
  people?: number;
  /** Most beds missing in any week (shortfall): the average occupancy the unmet people would need. */
  bedsMissing?: number;
  /** Why: no site within reach takes this kind at all, or the sites that do are full. */
  reason?: 'no-site' | 'capacity';
  message: Bilingual;
}

export interface SolverReport {
  status: string;
  optimal: boolean;
  seconds: number;
  variables: number;
  rows: number;
  unmetPeople: number;
  /** Proven lower bound on people without a place (equal to unmetPeople when the first stage is optimal). */
  unmetLowerBound: number;
  personKm: number;
  /** Proven lower bound on person-km among plans with no more unmet people than this one. */
  personKmLowerBound?: number;
  /** Size of the LP relaxation solved (by person, all parts together). */
  lpVariables?: number;
  lpRows?: number;
  /** Whether the whole-unit MIP had to run for some part (the LP bound did not settle it). */
  mipUsed?: boolean;
}
