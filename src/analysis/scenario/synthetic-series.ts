/**
 * A small corridor series for tests (no store): `months` of constant US encounters, Mexico's
 * apprehensions and sector encounters, with Title 42 expulsions only in Title 42 months, and
 * optionally what Mexico received from the US by northern state and months whose table lumps
 * the other nationalities. Not used by the model.
 */
import { BORDER_STATES, DEMOGRAPHICS, GROUPS } from './groups.js';
import type { CorridorSeries, Grid } from './inputs.js';
import { monthRange, underTitle42 } from './months.js';

export interface SyntheticOptions {
  from: string;
  to: string;
  /** People Mexico received from the US a month, by northern state [s] (Mexicans; non-Mexicans), from this month on. */
  received?: { from: string; mexicans: number[]; nonMexicans: number[] };
  /** Months whose table lumps the rest of the Americas into "other countries". */
  lumpedFrom?: string;
}

export function syntheticSeries(o: SyntheticOptions): CorridorSeries {
  const months = monthRange(o.from, o.to);
  const grid = (f: (m: string) => number | null): Grid => months.map(f);
  const encounters = GROUPS.map((g) => DEMOGRAPHICS.map((d) => grid(() => (1000 + 100 * GROUPS.indexOf(g) + 10 * DEMOGRAPHICS.indexOf(d)))));
  const expelled = GROUPS.map(() => DEMOGRAPHICS.map(() => grid((m) => (underTitle42(m) ? 300 : 0))));
  const received = o.received;
  const byState = (values: number[] | undefined) => BORDER_STATES.map((_, s) => grid((m) => (received && values && m >= received.from ? values[s] : null)));
  return {
    months,
    encounters,
    expelled,
    mexicoApprehensions: grid(() => 5000),
    mexicoApprehensionsSouth: grid(() => null),
    mexicoApprehensionsByGroup: null,
    mexicoReturns: grid(() => null),
    guardSouth: grid(() => null),
    byState: BORDER_STATES.map((_, s) => grid(() => 100 * (s + 1))),
    othersLumped: months.map((m) => o.lumpedFrom !== undefined && m >= o.lumpedFrom),
    ...(received ? { receivedFromUS: { mexicans: byState(received.mexicans), nonMexicans: byState(received.nonMexicans) } } : {}),
    sources: [{ id: 'encounters-by-citizenship', series: { en: 'encounters by citizenship', es: 'encuentros por nacionalidad' }, sources: ['cbp-sbo/sw-monthly'], vintages: [{ source: 'cbp-sbo', dataset: 'cbp-sbo/sw-monthly', vintage: 1 }] }],
    gaps: [],
  };
}
