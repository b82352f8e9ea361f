/**
 * The corridor flow model, month by month, for every parameter draw at once. Pure and
 * array-based (no I/O, no node imports): the API and the dashboard run the same code.
 *
 * For each nationality group g and demographic d, in month h:
 *   transit T = departures (× departures lever, × deterrence) + people Mexico released last month
 *   Mexico apprehends A = a·T, a = 1 − (1 − aSouth·mSouth)(1 − aRest·mRest); returns r·A to origin,
 *     releases the rest (they try again next month); Mexicans do not transit (a = 0)
 *   US encounters E = (T − A) + ρ·W, W the people waiting in northern Mexico
 *   the US sends back e·E: Mexicans and northern Central Americans into Mexico (non-Mexican
 *     families only up to Mexico's cap, by state), others to their country; the rest is
 *     processed under Title 8 up to the US capacity, beyond which people wait in northern Mexico
 *   W ← W − ρ·W − λ·W + sent into Mexico + waiting for processing.
 * Outside Title 42 the US also sends people into Mexico under Title 8: the calibration's held
 * level of what Mexico received (`title8IntoMexico`) is added to the people sent into each state;
 * it is outside the departures and the stocks, so it does not enter the conservation of people.
 * People are conserved: departures = returns + removals + processed + left the border + change in stocks.
 */
import { BORDER_STATES, DEMOGRAPHICS, FMUA, GROUPS, INTO_MEXICO, MEX } from './groups.js';
import { leverValue, rampWeight, type Levers } from './levers.js';
import { monthIndex } from './months.js';
import type { Calibration, Simulation } from './types.js';

const G = GROUPS.length;
const D = DEMOGRAPHICS.length;
const S = BORDER_STATES.length;
const EXPEL_LEVER = ['expelSA', 'expelFMUA', 'expelUC'] as const;
const MAX_RATE = 0.95;

export function simulate(cal: Calibration, levers: Levers = {}): Simulation {
  const H = cal.months.length;
  const N = cal.draws.length;
  const out: Simulation = {
    months: cal.months,
    draws: N,
    encounters: new Float64Array(N * H * G * D),
    firstAttempts: new Float64Array(N * H * G * D),
    mexicoApprehensions: new Float64Array(N * H * G),
    mexicoReturns: new Float64Array(N * H),
    intoMexico: new Float64Array(N * H * S),
    intoMexicoNonMexicans: new Float64Array(N * H * S),
    intoMexicoExpelled: new Float64Array(N * H * S * D),
    waiting: new Float64Array(N * H * S),
    removedToOrigin: new Float64Array(N * H),
    processed: new Float64Array(N * H),
    departures: new Float64Array(N * H),
    leftBorder: new Float64Array(N * H),
    endReleased: new Float64Array(N),
    endWaiting: new Float64Array(N),
  };
  // Lever values month by month, shared by all draws.
  const m = cal.months.map(monthIndex);
  const south = m.map((k) => leverValue(levers.enforcementSouth, k, 1));
  const rest = m.map((k) => leverValue(levers.enforcementRest, k, 1));
  const depart = m.map((k) => leverValue(levers.departures, k, 1));
  const departGroups = new Set(levers.departures?.groups ?? GROUPS);
  const reattempt = m.map((k) => leverValue(levers.reattempt, k, 1));
  const capacity = m.map((k) => cal.processingCapacity * leverValue(levers.capacity, k, 1));
  const familyCap = m.map((k) =>
    BORDER_STATES.map((s, i) => {
      const target = levers.familyAcceptance?.states?.[s] ?? levers.familyAcceptance?.value ?? 1;
      const mult = 1 + rampWeight(levers.familyAcceptance, k) * (target - 1);
      // Without a cap from the data (a window before Title 42), a multiplier leaves it unbounded, but 0 (Mexico accepts none, in all or in a state) is 0.
      if (cal.familyCap === Infinity) return mult === 0 ? 0 : Infinity;
      return cal.familyCap * cal.stateShares[i] * mult;
    }),
  );

  const T = new Float64Array(G * D);
  const E = new Float64Array(G * D);
  const x = new Float64Array(G * D);
  const a = new Float64Array(G);
  const a0 = new Float64Array(G);
  for (let n = 0; n < N; n++) {
    const p = cal.draws[n];
    const released = Float64Array.from(cal.initialReleased);
    const waiting = Float64Array.from(cal.initialWaiting);
    for (let g = 0; g < G; g++) a0[g] = 1 - (1 - p.apprehendSouth[g]) * (1 - p.apprehendRest[g]);
    for (let h = 0; h < H; h++) {
      const rho = Math.min(1 - cal.leaveRate, p.reattemptRate * reattempt[h]);
      for (let g = 0; g < G; g++) {
        const aS = Math.min(MAX_RATE, p.apprehendSouth[g] * south[h]);
        const aR = Math.min(MAX_RATE, p.apprehendRest[g] * rest[h]);
        a[g] = g === MEX ? 0 : 1 - (1 - aS) * (1 - aR);
      }
      // Departures this month, before Mexico: the projection with levers, or (back-casts) read from Mexico's observed apprehensions.
      let scale = 1;
      const observed = cal.observedApprehensions?.[h];
      if (observed !== undefined && observed !== null) {
        let fromDepartures = 0;
        let fromReleased = 0;
        for (let g = 1; g < G; g++) {
          for (let d = 0; d < D; d++) {
            fromDepartures += a[g] * p.departures[(g * D + d) * H + h] * (departGroups.has(GROUPS[g]) ? depart[h] : 1);
            fromReleased += a[g] * released[g * D + d];
          }
        }
        scale = fromDepartures > 0 ? Math.max(0, observed - fromReleased) / fromDepartures : 1;
      }
      let departed = 0;
      let apprehendedReturned = 0;
      for (let g = 0; g < G; g++) {
        const deter = g === MEX || cal.deterrence === 0 || scale !== 1 ? 1 : Math.pow((1 - a[g]) / (1 - a0[g]), cal.deterrence);
        const lever = departGroups.has(GROUPS[g]) ? depart[h] : 1;
        let apprehended = 0;
        for (let d = 0; d < D; d++) {
          const i = g * D + d;
          const dep = p.departures[i * H + h] * lever * (g === MEX ? 1 : deter * scale);
          departed += dep;
          const transit = dep + released[i];
          const caught = a[g] * transit;
          apprehended += caught;
          apprehendedReturned += p.mexicoReturnShare * caught;
          released[i] = (1 - p.mexicoReturnShare) * caught;
          let again = 0;
          for (let s = 0; s < S; s++) again += rho * waiting[i * S + s];
          const e = transit - caught + again;
          T[i] = transit - caught;
          E[i] = e;
          const o = ((n * H + h) * G + g) * D + d;
          out.encounters[o] = e;
          out.firstAttempts[o] = transit - caught;
          const share = leverValue(levers[EXPEL_LEVER[d]], m[h], p.expelShare[i]);
          x[i] = Math.min(1, Math.max(0, share)) * e;
        }
        out.mexicoApprehensions[(n * H + h) * G + g] = apprehended;
      }
      out.mexicoReturns[n * H + h] = apprehendedReturned;
      out.departures[n * H + h] = departed;
      // Non-Mexican families sent into Mexico: Mexico accepts up to its cap in each state.
      const accepted = new Float64Array(S).fill(1);
      let intendedFamilies = 0;
      for (let g = 1; g < G; g++) if (INTO_MEXICO[g]) intendedFamilies += x[g * D + FMUA];
      for (let s = 0; s < S; s++) {
        const intended = intendedFamilies * cal.stateShares[s];
        accepted[s] = intended > familyCap[h][s] ? familyCap[h][s] / intended : 1;
      }
      // Leave and re-attempt from last month's waiting stock, then add this month's arrivals.
      let left = 0;
      for (let i = 0; i < G * D; i++) {
        for (let s = 0; s < S; s++) {
          const w = waiting[i * S + s];
          left += cal.leaveRate * w;
          waiting[i * S + s] = w - rho * w - cal.leaveRate * w;
        }
      }
      let removed = 0;
      let processed = 0;
      const toProcess = new Float64Array(G * D);
      for (let g = 0; g < G; g++) {
        for (let d = 0; d < D; d++) {
          const i = g * D + d;
          let sent = 0;
          if (INTO_MEXICO[g]) {
            for (let s = 0; s < S; s++) {
              const k = x[i] * cal.stateShares[s] * (g !== MEX && d === FMUA ? accepted[s] : 1);
              sent += k;
              waiting[i * S + s] += k;
              out.intoMexico[(n * H + h) * S + s] += k;
              out.intoMexicoExpelled[((n * H + h) * S + s) * D + d] += k;
              if (g !== MEX) out.intoMexicoNonMexicans[(n * H + h) * S + s] += k;
            }
          } else {
            removed += x[i];
            sent = x[i];
          }
          toProcess[i] = E[i] - sent;
          processed += toProcess[i];
        }
      }
      // Beyond the US capacity, people wait in northern Mexico to be processed.
      const over = processed > capacity[h] ? 1 - capacity[h] / processed : 0;
      if (over > 0) {
        for (let i = 0; i < G * D; i++) for (let s = 0; s < S; s++) waiting[i * S + s] += over * toProcess[i] * cal.stateShares[s];
        processed *= 1 - over;
      }
      // Outside Title 42: the people the US sends into Mexico under Title 8, held at the window's level (they do not wait in the model).
      if (cal.title8IntoMexico) {
        for (let s = 0; s < S; s++) {
          out.intoMexico[(n * H + h) * S + s] += cal.title8IntoMexico.all[n * S + s];
          out.intoMexicoNonMexicans[(n * H + h) * S + s] += cal.title8IntoMexico.nonMexicans[n * S + s];
        }
      }
      out.removedToOrigin[n * H + h] = removed;
      out.processed[n * H + h] = processed;
      out.leftBorder[n * H + h] = left;
      for (let s = 0; s < S; s++) {
        let w = 0;
        for (let i = 0; i < G * D; i++) w += waiting[i * S + s];
        out.waiting[(n * H + h) * S + s] = w;
      }
    }
    out.endReleased[n] = released.reduce((t, v) => t + v, 0);
    out.endWaiting[n] = waiting.reduce((t, v) => t + v, 0);
  }
  return out;
}
