/**
 * The calibration as JSON and back: typed arrays become plain arrays (rounded to what the
 * figures mean), Infinity becomes null. The API sends it once; the page decodes it and runs
 * simulate() itself on every slider move. Pure.
 */
import type { Calibration, ParameterDraw } from './types.js';

export interface CalibrationJson extends Omit<Calibration, 'draws' | 'familyCap' | 'processingCapacity' | 'initialWaiting' | 'initialReleased' | 'title8IntoMexico'> {
  title8IntoMexico?: { all: number[]; nonMexicans: number[]; months: string[] };
  draws: { departures: number[]; apprehendSouth: number[]; apprehendRest: number[]; mexicoReturnShare: number; reattemptRate: number; expelShare: number[] }[];
  familyCap: number | null;
  processingCapacity: number | null;
  initialWaiting: number[];
  initialReleased: number[];
}

const people = (xs: ArrayLike<number>) => Array.from(xs, (v) => Math.round(v * 10) / 10);
const rate = (xs: ArrayLike<number>) => Array.from(xs, (v) => Math.round(v * 1e6) / 1e6);
const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function encodeCalibration(cal: Calibration): CalibrationJson {
  const { title8IntoMexico: _title8, ...rest } = cal;
  return {
    ...rest,
    draws: cal.draws.map((d) => ({
      departures: people(d.departures),
      apprehendSouth: rate(d.apprehendSouth),
      apprehendRest: rate(d.apprehendRest),
      mexicoReturnShare: d.mexicoReturnShare,
      reattemptRate: d.reattemptRate,
      expelShare: rate(d.expelShare),
    })),
    familyCap: finite(cal.familyCap),
    processingCapacity: finite(cal.processingCapacity),
    initialWaiting: people(cal.initialWaiting),
    initialReleased: people(cal.initialReleased),
    ...(cal.title8IntoMexico ? { title8IntoMexico: { all: people(cal.title8IntoMexico.all), nonMexicans: people(cal.title8IntoMexico.nonMexicans), months: cal.title8IntoMexico.months } } : {}),
  };
}

export function decodeCalibration(json: CalibrationJson): Calibration {
  const draw = (d: CalibrationJson['draws'][number]): ParameterDraw => ({
    departures: Float64Array.from(d.departures),
    apprehendSouth: Float64Array.from(d.apprehendSouth),
    apprehendRest: Float64Array.from(d.apprehendRest),
    mexicoReturnShare: d.mexicoReturnShare,
    reattemptRate: d.reattemptRate,
    expelShare: Float64Array.from(d.expelShare),
  });
  const { title8IntoMexico: _title8, ...rest } = json;
  return {
    ...rest,
    draws: json.draws.map(draw),
    familyCap: json.familyCap ?? Infinity,
    processingCapacity: json.processingCapacity ?? Infinity,
    initialWaiting: Float64Array.from(json.initialWaiting),
    initialReleased: Float64Array.from(json.initialReleased),
    ...(json.title8IntoMexico ? { title8IntoMexico: { all: Float64Array.from(json.title8IntoMexico.all), nonMexicans: Float64Array.from(json.title8IntoMexico.nonMexicans), months: json.title8IntoMexico.months } } : {}),
  };
}
