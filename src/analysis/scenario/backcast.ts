/**
 * Back-casts: calibrate the model on the months before a real policy change, set the levers
 * from what followed (never from the US encounters being predicted), simulate, and compare the
 * US southwest border encounters of the months after with what happened. The no-change
 * baseline (same calibration, no levers) is scored on the same months.
 *
 * What the scenario may know about the months after: the policy's own intensity (Title 42's
 * share of each demographic expelled; Mexico's apprehensions, which the Guard deployment
 * raised) and parameters estimated on later months. Mexico's observed apprehensions are read
 * as a measure of the flow through Mexico: with the apprehension rate the levers set,
 * departures = apprehensions ÷ rate. The baseline knows none of this.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual } from '../../model/index.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions.js';
import { calibrate, fitReattempt } from './calibrate.js';
import { DEMOGRAPHICS, GROUPS, INTO_MEXICO } from './groups.js';
import { loadCorridorSeries, type CorridorSeries } from './inputs.js';
import type { Levers } from './levers.js';
import { addMonth, monthIndex, monthRange } from './months.js';
import { bandsOf, whole } from './outputs.js';
import { DEFAULT_DRAWS, DEFAULT_SEED, actualsFrom } from './run.js';
import { simulate } from './simulate.js';

export interface BackcastResult {
  id: string;
  policy: string;
  policyEs: string;
  /** Last month of the calibration window. */
  calibratedTo: string;
  calibratedFrom: string;
  /** Months compared, 'YYYY-MM'. */
  months: string[];
  metric: string;
  metricEs: string;
  /** Mean absolute error of the median path, encounters a month. */
  scenarioError: number;
  baselineError: number;
  /** 1 − scenarioError / baselineError. */
  improvement: number;
  /** Mean absolute percentage errors, for scale. */
  scenarioPercentError: number;
  baselinePercentError: number;
  levers: Levers;
  assumptions: Assumptions;
  howLeversWereSet: Bilingual;
  /** Month by month: actual, scenario and baseline medians and the scenario's 80% band, in whole people (the errors are from the exact medians). */
  points: { month: string; actual: number | null; scenario: number; scenarioLower80: number; scenarioUpper80: number; baseline: number }[];
}

interface Definition {
  id: string;
  policy: Bilingual;
  event: string;
  /** First month the model may be calibrated on (the store's Mexico series start in 2019 without IOM's compilation). */
  from: string;
  calibratedTo: string;
  compare: [string, string];
  /** Months of data after the comparison the levers may use (never US encounters of the compared months). */
  loadTo: string;
  setLevers(series: CorridorSeries, window: { from: string; to: string }): { levers: Levers; assumptions: Partial<Assumptions>; how: Bilingual };
}

const at = (series: CorridorSeries, month: string) => series.months.indexOf(month);
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export const BACKCASTS: Definition[] = [
  {
    id: 'national-guard-2019',
    policy: { en: "Mexico's National Guard deployment to its southern border, June 2019", es: 'Despliegue de la Guardia Nacional de México en su frontera sur, junio de 2019' },
    event: '2019-06',
    from: '2018-01',
    calibratedTo: '2019-05',
    compare: ['2019-06', '2019-12'],
    loadTo: '2019-12',
    setLevers(series, window) {
      // Enforcement: the peak of Mexico's monthly apprehensions after the deployment over their
      // mean in the window's last three months, in the southern states and in the rest of
      // Mexico; held through December 2019 because the Guard stayed deployed (gn-deployed).
      const before = monthRange(addMonth(window.to, -2), window.to).map((m) => at(series, m));
      const after = monthRange('2019-06', '2019-12').map((m) => at(series, m));
      const total = series.mexicoApprehensions;
      const south = series.mexicoApprehensionsSouth;
      const rest = (t: number) => (total[t] === null || south[t] === null ? null : total[t]! - south[t]!);
      const ratio = (f: (t: number) => number | null) => {
        const pre = meanOf(before.map((t) => f(t)).filter((v): v is number => v !== null));
        const post = after.map((t) => f(t)).filter((v): v is number => v !== null);
        return post.length && pre > 0 ? Math.max(1, Math.max(...post) / pre) : 1;
      };
      const s = round2(ratio((t) => south[t]));
      const r = round2(ratio(rest));
      return {
        levers: { enforcementSouth: { value: Math.min(3, s), from: '2019-06' }, enforcementRest: { value: Math.min(3, r), from: '2019-06' } },
        assumptions: {},
        how: {
          en: `Enforcement multipliers from Mexico's apprehensions (mx-presentados): the peak month after the deployment over the mean of the three months before, ${s} in the southern states and ${r} in the rest of Mexico, held through December while the Guard stayed deployed. Mexico's observed apprehensions are read as the flow through Mexico.`,
          es: `Multiplicadores del control a partir de las detenciones de México (mx-presentados): el mes más alto tras el despliegue sobre el promedio de los tres meses previos, ${s} en los estados del sur y ${r} en el resto de México, mantenidos hasta diciembre mientras la Guardia siguió desplegada. Las detenciones observadas de México se leen como el flujo a través de México.`,
        },
      };
    },
  },
  {
    id: 'title-42-2020',
    policy: { en: 'Title 42 expulsions from March 2020', es: 'Expulsiones bajo el Título 42 desde marzo de 2020' },
    event: '2020-03',
    from: '2018-01',
    calibratedTo: '2020-02',
    compare: ['2020-04', '2020-12'],
    loadTo: '2021-12',
    setLevers(series) {
      // Expulsion shares: Title 42 expulsions over encounters of each demographic, April-December 2020.
      const months = monthRange('2020-04', '2020-12').map((m) => at(series, m));
      const share = DEMOGRAPHICS.map((_, d) => {
        let x = 0;
        let e = 0;
        for (const t of months) {
          GROUPS.forEach((__, g) => {
            x += series.expelled[g][d][t] ?? 0;
            e += series.encounters[g][d][t] ?? 0;
          });
        }
        return round2(e > 0 ? x / e : 0);
      });
      // Re-attempt rate estimated on the twelve months after the comparison (2021), when expulsions continued.
      const later = monthRange('2021-01', '2021-12').map((m) => at(series, m));
      const into = (grid: (number | null)[][][], t: number) => GROUPS.reduce((s, _, g) => (INTO_MEXICO[g] ? s + grid[g].reduce((a, d) => a + (d[t] ?? 0), 0) : s), 0);
      const rho = round2(fitReattempt(later.map((t) => into(series.encounters, t)), later.map((t) => into(series.expelled, t)), DEFAULT_ASSUMPTIONS.leaveRate).rho);
      return {
        levers: {
          expelSA: { value: share[0], from: '2020-03' },
          expelFMUA: { value: share[1], from: '2020-03' },
          expelUC: { value: share[2], from: '2020-03' },
        },
        assumptions: { reattemptRate: rho },
        how: {
          en: `Expulsion shares from the Title 42 expulsions of April-December 2020 (single adults ${share[0]}, families ${share[1]}, unaccompanied children ${share[2]}); re-attempt rate ${rho} a month, estimated on January-December 2021. Mexico's observed apprehensions are read as the flow through Mexico.`,
          es: `Proporciones de expulsión a partir de las expulsiones del Título 42 de abril a diciembre de 2020 (adultos solos ${share[0]}, familias ${share[1]}, menores no acompañados ${share[2]}); tasa de reintento de ${rho} al mes, estimada con enero a diciembre de 2021. Las detenciones observadas de México se leen como el flujo a través de México.`,
        },
      };
    },
  },
];

const round2 = (v: number) => Math.round(v * 100) / 100;

export async function runBackcasts(conn: DuckDBConnection, opts: { draws?: number; seed?: number } = {}): Promise<BackcastResult[]> {
  const first = BACKCASTS.reduce((m, b) => (b.from < m ? b.from : m), BACKCASTS[0].from);
  const last = BACKCASTS.reduce((m, b) => (b.loadTo > m ? b.loadTo : m), BACKCASTS[0].loadTo);
  const series = await loadCorridorSeries(conn, first, last);
  return BACKCASTS.map((b) => runBackcast(series, b, opts));
}

export function runBackcast(series: CorridorSeries, def: Definition, opts: { draws?: number; seed?: number } = {}): BackcastResult {
  // Mexico's apprehensions start in January 2019 without IOM's compilation (2018 with it): earlier
  // window months calibrate the US side only, and are listed as gaps.
  const window = { from: def.from, to: def.calibratedTo };
  const { levers, assumptions: set, how } = def.setLevers(series, window);
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...set };
  const horizon = monthIndex(def.compare[1]) - monthIndex(def.calibratedTo);
  const { calibration } = calibrate(series, { ...window, horizon, draws: opts.draws ?? DEFAULT_DRAWS, seed: opts.seed ?? DEFAULT_SEED, assumptions: { ...DEFAULT_ASSUMPTIONS } });
  const scenarioCal = calibrate(series, { ...window, horizon, draws: opts.draws ?? DEFAULT_DRAWS, seed: opts.seed ?? DEFAULT_SEED, assumptions }).calibration;
  scenarioCal.observedApprehensions = scenarioCal.months.map((m) => {
    const t = series.months.indexOf(m);
    return t < 0 ? null : series.mexicoApprehensions[t];
  });
  const base = bandsOf(simulate(calibration), 'encounters');
  const scen = bandsOf(simulate(scenarioCal, levers), 'encounters');
  const actual = actualsFrom(series, calibration.months).encounters;
  const compared = calibration.months.map((m, h) => ({ m, h })).filter(({ m }) => m >= def.compare[0] && m <= def.compare[1] && actual[calibration.months.indexOf(m)] !== null);
  const mae = (path: typeof base) => meanOf(compared.map(({ h }) => Math.abs(path[h].median - actual[h]!)));
  const mape = (path: typeof base) => meanOf(compared.map(({ h }) => Math.abs(path[h].median - actual[h]!) / actual[h]!));
  const scenarioError = mae(scen);
  const baselineError = mae(base);
  return {
    id: def.id,
    policy: def.policy.en,
    policyEs: def.policy.es,
    calibratedTo: def.calibratedTo,
    calibratedFrom: window.from,
    months: compared.map(({ m }) => m),
    metric: 'mean absolute error, US southwest border encounters a month',
    metricEs: 'error absoluto medio, encuentros mensuales en la frontera suroeste de EE. UU.',
    scenarioError: Math.round(scenarioError),
    baselineError: Math.round(baselineError),
    improvement: baselineError > 0 ? 1 - scenarioError / baselineError : 0,
    scenarioPercentError: mape(scen),
    baselinePercentError: mape(base),
    levers,
    assumptions,
    howLeversWereSet: how,
    points: calibration.months.map((month, h) => ({ month, actual: actual[h], scenario: whole(scen[h].median), scenarioLower80: whole(scen[h].lower80), scenarioUpper80: whole(scen[h].upper80), baseline: whole(base[h].median) })),
  };
}
