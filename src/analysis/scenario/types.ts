/**
 * The calibrated model as the simulator needs it: pure data (numbers and arrays) so that
 * the API can send it once and the page can simulate in the browser. Index order of every
 * flat array is stated beside it: g = nationality group (GROUPS), d = demographic
 * (DEMOGRAPHICS), s = border state (BORDER_STATES), h = simulated month.
 */
import type { Bilingual } from '../../model/index.js';

/** One draw of the parameters (a bootstrap replicate of the calibration). */
export interface ParameterDraw {
  /** Projected departures without any lever, [g][d][h]: first attempts setting out toward the US (for Mexicans, arriving at the US border). */
  departures: Float64Array;
  /** Share of people in transit Mexico apprehends in its southern states, then in the rest of Mexico, [g] (Mexico's own group: 0). */
  apprehendSouth: Float64Array;
  apprehendRest: Float64Array;
  /** Share of the people Mexico apprehends whom it returns to their country (the rest are released and try again). */
  mexicoReturnShare: number;
  /** Monthly share of people waiting in northern Mexico who cross again. */
  reattemptRate: number;
  /** US expulsion or return share at the border, [g][d], as in the last months of the window. */
  expelShare: Float64Array;
}

export interface Calibration {
  /** Window the model was calibrated on, 'YYYY-MM'. */
  window: { from: string; to: string };
  /** Simulated months, 'YYYY-MM', starting the month after the window. */
  months: string[];
  draws: ParameterDraw[];
  /** Monthly share of people waiting in northern Mexico who give up and leave the border (an assumption). */
  leaveRate: number;
  /** Elasticity of departures to the chance of getting through Mexico (an assumption; 0 = none). */
  deterrence: number;
  /** Most expelled non-Mexican family members Mexico accepted in a month, last six months of the window (Infinity when the window has no expulsions to limit it). */
  familyCap: number;
  /** Most people the US processed under Title 8 in a month of the window. */
  processingCapacity: number;
  /** Where people sent back into Mexico arrive, [s], summing to 1. */
  stateShares: number[];
  /** Stocks at the end of the window: people waiting in northern Mexico [g][d][s]; people Mexico released, still in transit [g][d]. */
  initialWaiting: Float64Array;
  initialReleased: Float64Array;
  /**
   * People the US sends into each northern border state a month outside Title 42 (Title 8
   * removals and returns, as Mexico recorded receiving them), [draw][s], all and of them
   * non-Mexicans: held at the window's last level in every simulated month; no lever moves it,
   * and they do not wait to cross again in the model. Absent when the window has no such month.
   */
  title8IntoMexico?: { all: Float64Array; nonMexicans: Float64Array; months: string[] };
  /** Mexico's observed apprehensions in the simulated months (back-casts only): departures are read from them. */
  observedApprehensions?: (number | null)[];
  /** Months without data for a stage, and what was done. */
  gaps: { stage: string; months: string[]; note: Bilingual }[];
}

/** The simulator's output: every series as [draw][h] or [draw][h][...] flattened. */
export interface Simulation {
  months: string[];
  draws: number;
  /** US southwest border encounters [draw][h][g][d]. */
  encounters: Float64Array;
  /** Of them, people arriving for the first time (encounters minus re-attempts) [draw][h][g][d]. */
  firstAttempts: Float64Array;
  /** Mexico's apprehensions of people in transit [draw][h][g]. */
  mexicoApprehensions: Float64Array;
  /** Mexico's returns to origin [draw][h]. */
  mexicoReturns: Float64Array;
  /** People sent back into Mexico by the US, by receiving state [draw][h][s] (Title 42-like expulsions simulated, plus the held Title 8 level outside Title 42); of them non-Mexicans [draw][h][s]. */
  intoMexico: Float64Array;
  intoMexicoNonMexicans: Float64Array;
  /**
   * Of them, the people expelled (the simulated part, without the held Title 8 level) by
   * demographic [draw][h][s][d]: what the reception planner splits into kinds of bed.
   */
  intoMexicoExpelled: Float64Array;
  /** People waiting in northern Mexico at the end of the month [draw][h][s]. */
  waiting: Float64Array;
  /** Removed by the US to their country (not through Mexico) [draw][h]. */
  removedToOrigin: Float64Array;
  /** Processed under Title 8 and kept in the US [draw][h]. */
  processed: Float64Array;
  /** Departures after levers [draw][h], people who left the northern border [draw][h]: for the conservation check. */
  departures: Float64Array;
  leftBorder: Float64Array;
  /** Stocks at the end: released in transit, waiting [draw]. */
  endReleased: Float64Array;
  endWaiting: Float64Array;
}
