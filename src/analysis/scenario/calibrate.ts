/**
 * Calibrates the flow model on a window of the store's series, with the fit's uncertainty
 * kept as bootstrap draws of the parameters.
 *
 * 1. Re-attempts: people sent back into Mexico wait there (stock W) and cross again at rate ρ
 *    a month or leave at rate λ (an assumption). ρ is the grid value that best explains the
 *    encounters of the groups sent into Mexico as a linear trend plus ρ·W (least squares);
 *    draws re-estimate it on residual-resampled series. With fewer than six months of
 *    expulsions into Mexico, ρ is the stated assumption.
 * 2. First attempts at the US border = encounters − ρ·W.
 * 3. Mexico's apprehension rates: of the people in transit (apprehended + arriving in the US),
 *    the share Mexico apprehended in its southern states, then of the rest the share it
 *    apprehended elsewhere; by nationality group where the store has Mexico's apprehensions by
 *    nationality, else common to all transit groups. The base rate is the mean of the window's
 *    last six months; draws resample those months.
 * 4. Departures (latent) = transit attempts − people Mexico released the month before.
 * 5. No-change projection: each group's departures stay at the mean of the window's last three
 *    months, times a random walk of month-to-month changes resampled from the window (winsorised
 *    at ± 3 robust standard deviations, centred so there is no drift): the bands widen with the
 *    horizon as the window's own volatility says.
 * 6. Expulsion shares: the last three months; Mexico's cap on expelled non-Mexican families: the
 *    most in a month of the last six (no cap before Title 42); US processing capacity: the most
 *    processed in a month of the window; where people are sent: encounters by sector mapped to
 *    the state across the border, last twelve months.
 */
import { UsageError } from '../../errors.js';
import type { Assumptions } from './assumptions.js';
import { BORDER_STATES, DEMOGRAPHICS, FMUA, GROUPS, INTO_MEXICO, MEX } from './groups.js';
import type { CorridorSeries, Grid } from './inputs.js';
import { TITLE42_LAST_MONTH, addMonth, monthIndex, monthSpans, underTitle42 } from './months.js';
import { pick, seededRandom, type Random } from './random.js';
import type { Calibration, ParameterDraw } from './types.js';

const G = GROUPS.length;
const D = DEMOGRAPHICS.length;
const S = BORDER_STATES.length;
const MIN_MONTHS = 6;
/**
 * Rates are capped as the simulator caps them: where Mexico's apprehensions of a group exceed
 * its US encounters many times over (2024-2025), the group's rate is near 1 and its latent
 * departures (arrivals ÷ (1 − rate)) would explode.
 */
const MAX_RATE = 0.95;

export interface CalibrateOptions {
  /** Window, 'YYYY-MM', inside the series' months. */
  from: string;
  to: string;
  horizon: number;
  draws: number;
  seed: number;
  assumptions: Assumptions;
}

/** What the calibration estimated, for the model card and the back-cast report. */
export interface Estimates {
  reattemptRate: { value: number; lower: number; upper: number; estimated: boolean; months: number };
  /** By nationality group [g] (Mexico's own group: 0); the same for every transit group unless `apprehensionByGroup`. */
  apprehendSouth: number[];
  apprehendRest: number[];
  /** Whether Mexico's apprehensions by nationality answered for the rate months (else the rates are common to the transit groups). */
  apprehensionByGroup?: boolean;
  mexicoReturnShare: { value: number; estimated: boolean };
  departuresLevel: number[];
  /** Share the US sent back at once, [g][d], the window's last three months: what the expulsion levers leave in place. */
  expelShare: number[][];
  /** The same, every group together (sent back ÷ encountered), [d]: where a lever of one share for all groups starts from. */
  expelShareAll: number[];
  familyCap: number;
  processingCapacity: number;
  stateShares: number[];
  /** People the US sends into Mexico a month outside Title 42 (all states, of them non-Mexicans), held; null when the window has none (title8Level). */
  title8IntoMexico?: { point: number; nonMexicans: number; months: string[]; mexicanMonths?: string[]; nonMexicanMonths?: string[] } | null;
}

export function calibrate(series: CorridorSeries, opts: CalibrateOptions): { calibration: Calibration; estimates: Estimates } {
  const t0 = series.months.indexOf(opts.from);
  const t1 = series.months.indexOf(opts.to);
  if (t0 < 0 || t1 < 0) throw new UsageError(
    `the calibration window ${opts.from} to ${opts.to} is outside the months loaded (${series.months[0]} to ${series.months.at(-1)})`,
    `la ventana de calibración ${opts.from} a ${opts.to} está fuera de los meses cargados (${series.months[0]} a ${series.months.at(-1)})`,
  );
  const W = t1 - t0 + 1;
  const win = (grid: Grid) => grid.slice(t0, t1 + 1);
  const E = series.encounters.map((row) => row.map(win));
  const X = series.expelled.map((row) => row.map(win));
  const usable = E[0][0].map((_, t) => E.every((row) => row.every((g) => g[t] !== null)));
  const usableMonths = usable.filter(Boolean).length;
  if (usableMonths < MIN_MONTHS) {
    throw new UsageError(
      `the window ${opts.from} to ${opts.to} has ${usableMonths} month(s) of US encounters by nationality and demographic: the model needs at least ${MIN_MONTHS}; the store has them in ${monthsWith(series, 'en')}: choose a "calibration" window with at least ${MIN_MONTHS} of those months`,
      `la ventana ${opts.from} a ${opts.to} tiene ${usableMonths} mes(es) de encuentros en EE. UU. por nacionalidad y grupo demográfico: el modelo necesita al menos ${MIN_MONTHS}; el almacén los tiene en ${monthsWith(series, 'es')}: elija una ventana de calibración ("calibration") con al menos ${MIN_MONTHS} de esos meses`,
    );
  }
  const A = win(series.mexicoApprehensions);
  const AS = win(series.mexicoApprehensionsSouth);
  const AG = series.mexicoApprehensionsByGroup?.map(win) ?? null;
  const mexicoMonths = A.filter((v) => v !== null).length;
  if (mexicoMonths === 0) {
    const store = series.storeMonths?.mexicoApprehensions;
    const have = store ?? series.months.filter((_, t) => series.mexicoApprehensions[t] !== null);
    const where = have.length ? (store ? { en: `: the store has them in ${monthSpans(have, 'en')}`, es: `: el almacén las tiene en ${monthSpans(have, 'es')}` } : { en: `: the store has them in ${monthSpans(have, 'en')} of the months loaded`, es: `: el almacén las tiene en ${monthSpans(have, 'es')} de los meses cargados` }) : { en: '', es: '' };
    throw new UsageError(
      `Mexico's apprehensions (mx-presentados) have no figures in the window ${opts.from} to ${opts.to}${where.en}`,
      `las aprehensiones de México (mx-presentados) no tienen cifras en la ventana ${opts.from} a ${opts.to}${where.es}`,
    );
  }
  const random = seededRandom(opts.seed);
  const lambda = opts.assumptions.leaveRate;
  const val = (v: number | null) => v ?? 0;

  // 1. Re-attempt rate from the groups sent into Mexico.
  const into = (grid: Grid[][], t: number) => GROUPS.reduce((s, _, g) => (INTO_MEXICO[g] ? s + grid[g].reduce((a, d) => a + val(d[t]), 0) : s), 0);
  const eInto = E[0][0].map((_, t) => (usable[t] ? into(E, t) : null));
  const xInto = X[0][0].map((_, t) => into(X, t));
  const expulsionMonths = xInto.filter((v) => v > 0).length;
  const estimated = expulsionMonths >= MIN_MONTHS;
  const rhoHat = estimated ? fitReattempt(eInto, xInto, lambda).rho : opts.assumptions.reattemptRate;
  const rhoDraws = estimated ? bootstrapReattempt(eInto, xInto, lambda, rhoHat, opts.draws, random) : new Array(opts.draws).fill(rhoHat);

  let southSum = 0;
  let allSum = 0;
  AS.forEach((v, t) => {
    if (v !== null && A[t] !== null) {
      southSum += v;
      allSum += A[t]!;
    }
  });
  const southShare = allSum > 0 ? southSum / allSum : 0;

  // 2-4 for one value of ρ and one choice of months for the Mexico rates.
  const r = mexicoReturnShare(win(series.mexicoReturns), A, opts.assumptions.mexicoReturnShare);
  const rateMonths = lastMonthsWith(A, usable, 6);
  const reconstruct = (rho: number, months: number[]) => {
    const waiting = new Float64Array(G * D);
    const first = GROUPS.map(() => DEMOGRAPHICS.map(() => new Float64Array(W)));
    for (let t = 0; t < W; t++) {
      for (let i = 0; i < G * D; i++) {
        const g = Math.floor(i / D);
        const d = i % D;
        const again = rho * waiting[i];
        first[g][d][t] = Math.max(0, val(E[g][d][t]) - again);
        waiting[i] = waiting[i] * (1 - rho - lambda) + (INTO_MEXICO[g] ? val(X[g][d][t]) : 0);
      }
    }
    // Mexico's rates month by month: common to transit groups, or by group.
    const rates = (g: number, t: number) => {
      const arrived = AG ? first[g].reduce((s, d) => s + d[t], 0) : transitArrivals(first, t);
      const caught = AG ? AG[g][t] : A[t];
      if (caught === null || caught === undefined) return null;
      const south = AS[t] === null ? null : AG ? (caught * AS[t]!) / A[t]! : AS[t]!;
      const total = caught + arrived;
      if (total <= 0) return null;
      const aS = south === null ? null : Math.min(MAX_RATE, south / total);
      const aR = south === null ? null : Math.min(MAX_RATE, (caught - south) / (caught - south + arrived || 1));
      return { a: Math.min(MAX_RATE, caught / total), aS, aR };
    };
    const apprehendSouth = new Float64Array(G);
    const apprehendRest = new Float64Array(G);
    for (let g = 1; g < G; g++) {
      const found = months.map((t) => rates(g, t)).filter((x): x is NonNullable<typeof x> => x !== null);
      const withSouth = found.filter((x) => x.aS !== null);
      if (withSouth.length) {
        apprehendSouth[g] = mean(withSouth.map((x) => x.aS!));
        apprehendRest[g] = mean(withSouth.map((x) => x.aR!));
      } else {
        // No southern split in those months: the share of Mexico's apprehensions made in its
        // southern states over the window's months that have it (else none) splits the rate.
        const a = mean(found.map((x) => x.a));
        apprehendSouth[g] = a * southShare;
        apprehendRest[g] = apprehendSouth[g] < 1 ? (a - apprehendSouth[g]) / (1 - apprehendSouth[g]) : 0;
      }
    }
    // Departures: transit attempts minus people Mexico released the month before.
    const departures = GROUPS.map(() => DEMOGRAPHICS.map(() => new Float64Array(W)));
    const released = new Float64Array(G * D);
    for (let t = 0; t < W; t++) {
      for (let g = 0; g < G; g++) {
        const month = g === MEX ? null : rates(g, t);
        const a = g === MEX ? 0 : month?.a ?? 1 - (1 - apprehendSouth[g]) * (1 - apprehendRest[g]);
        for (let d = 0; d < D; d++) {
          const transit = first[g][d][t] / (1 - a);
          departures[g][d][t] = Math.max(0, transit - released[g * D + d]);
          released[g * D + d] = (1 - r.value) * a * transit;
        }
      }
    }
    return { waiting, departures, released, apprehendSouth, apprehendRest };
  };

  // Month-to-month changes of each group's departures, for the projection's random walk.
  const point = reconstruct(rhoHat, rateMonths);
  const changes = usable.map((ok, t) => (t > 0 && ok && usable[t - 1] ? GROUPS.map((_, g) => Math.log(sumD(point.departures[g], t) + 1) - Math.log(sumD(point.departures[g], t - 1) + 1)) : null)).filter((c): c is number[] => c !== null);
  // A few months of collapse and rebound (COVID-19, April-June 2020) would dominate a plain
  // resample: each group's changes are winsorised at the median ± 3 robust standard deviations
  // (1.4826 × the median absolute deviation), then centred.
  for (let g = 0; g < G; g++) {
    const xs = changes.map((c) => c[g]).sort((a, b) => a - b);
    if (!xs.length) continue;
    const med = quantile(xs, 0.5);
    const mad = quantile(xs.map((x) => Math.abs(x - med)).sort((a, b) => a - b), 0.5);
    const limit = 3 * 1.4826 * mad;
    for (const c of changes) c[g] = Math.min(med + limit, Math.max(med - limit, c[g]));
  }
  const centred = changes.length ? GROUPS.map((_, g) => mean(changes.map((c) => c[g]))) : GROUPS.map(() => 0);

  const lastMonths = lastMonthsWith(A, usable, 3, false);
  const H = opts.horizon;
  const draws: ParameterDraw[] = [];
  for (let n = 0; n < opts.draws; n++) {
    const resampled = rateMonths.map(() => rateMonths[pick(random, rateMonths.length)]);
    const rec = reconstruct(rhoDraws[n], resampled);
    const departures = new Float64Array(G * D * H);
    const walk = new Float64Array(G);
    for (let h = 0; h < H; h++) {
      if (changes.length) {
        const c = changes[pick(random, changes.length)];
        for (let g = 0; g < G; g++) walk[g] += c[g] - centred[g];
      }
      for (let g = 0; g < G; g++) {
        for (let d = 0; d < D; d++) departures[(g * D + d) * H + h] = mean(lastMonths.map((t) => rec.departures[g][d][t])) * Math.exp(walk[g]);
      }
    }
    draws.push({
      departures,
      apprehendSouth: rec.apprehendSouth,
      apprehendRest: rec.apprehendRest,
      mexicoReturnShare: r.value,
      reattemptRate: rhoDraws[n],
      expelShare: expelShares(E, X, lastMonths),
    });
  }

  // 6. Caps and where people go.
  const lastSix = lastMonthsWith(A, usable, 6, false);
  const title42InWindow = monthIndex(opts.to) >= monthIndex('2020-03');
  const familyCap = title42InWindow ? Math.max(0, ...lastSix.map((t) => GROUPS.reduce((s, _, g) => (g !== MEX && INTO_MEXICO[g] ? s + val(X[g][FMUA][t]) : s), 0))) : Infinity;
  const processed = usable.map((ok, t) => (ok ? GROUPS.reduce((s, _, g) => s + DEMOGRAPHICS.reduce((a, __, d) => a + val(E[g][d][t]) - val(X[g][d][t]), 0), 0) : 0));
  const processingCapacity = Math.max(...processed);
  const stateShares = shares(series.byState.map(win));
  const initialWaiting = new Float64Array(G * D * S);
  for (let i = 0; i < G * D; i++) for (let s = 0; s < S; s++) initialWaiting[i * S + s] = point.waiting[i] * stateShares.values[s];
  // Gaps of the window; those about the actuals beside the simulated months keep those months too.
  const last = addMonth(opts.to, H);
  const gaps = [...series.gaps.map((g) => ({ ...g, months: g.months.filter((m) => m >= opts.from && m <= (g.stage === 'non-mexicans-received' ? last : opts.to)) })).filter((g) => g.months.length)];
  if (stateShares.missing) {
    gaps.push({ stage: 'border-states', months: [opts.from], note: { en: 'No encounters by sector in the window: people sent back are spread evenly over the six border states (an assumption).', es: 'No hay encuentros por sector en la ventana: las personas devueltas se reparten por igual entre los seis estados fronterizos (un supuesto).' } });
  }
  // 7. Outside Title 42 the US sends people into Mexico under Title 8: the level Mexico recorded
  // receiving in the window's last months, held (see title8Level).
  const months = Array.from({ length: H }, (_, h) => addMonth(opts.to, h + 1));
  const title8 = title8Level(series, t0, t1, opts.draws, random);
  const outside = months.filter((m) => !underTitle42(m));
  if (title8) {
    gaps.push({
      stage: 'into-mexico',
      months: title8.months,
      note: {
        en: `Outside Title 42 the US sends people into Mexico under Title 8 (removals and returns of Mexicans, and others Mexico accepts), which the model does not simulate: "sent back into Mexico" holds, in every simulated month and state, the mean of what Mexico recorded receiving from the US in the northern border states in these window months (INM; about ${Math.round(title8.point).toLocaleString('en-US')} a month). No lever moves it, and these people are not counted as waiting to cross again.`,
        es: `Fuera del Título 42, EE. UU. envía personas a México bajo el Título 8 (deportaciones y retornos de mexicanos, y otras personas que México acepta), que el modelo no simula: "devueltas a México" mantiene, en cada mes simulado y estado, el promedio de lo que México registró recibir de EE. UU. en los estados de la frontera norte en estos meses de la ventana (INM; unas ${Math.round(title8.point).toLocaleString('es-MX')} al mes). Ninguna palanca lo mueve, y estas personas no se cuentan como en espera de volver a cruzar.`,
      },
    });
  } else if (outside.length) {
    gaps.push({
      stage: 'into-mexico',
      months: outside,
      note: {
        en: 'Outside Title 42 (before March 2020, after May 2023) the US sends people into Mexico under Title 8 (removals and returns of Mexicans, and others Mexico accepts). The model does not simulate that flow and the window has no month of what Mexico received from the US (INM, from October 2024): in these months "sent back into Mexico" counts Title 42 expulsions only, and leaves out every Title 8 return (unknown, not none).',
        es: 'Fuera del Título 42 (antes de marzo de 2020, después de mayo de 2023) EE. UU. envía personas a México bajo el Título 8 (deportaciones y retornos de mexicanos, y otras personas que México acepta). El modelo no simula ese flujo y la ventana no tiene ningún mes de lo que México recibió de EE. UU. (INM, desde octubre de 2024): en estos meses "devueltas a México" cuenta solo las expulsiones del Título 42 y deja fuera todo retorno del Título 8 (desconocido, no cero).',
      },
    });
  }
  // A window that ends under Title 42 goes on expelling at its shares: in months after Title 42
  // ended (May 2023) that is no longer what happened, and it is said, with the levers that end it.
  const afterTitle42 = months.filter((m) => monthIndex(m) > monthIndex(TITLE42_LAST_MONTH));
  if (afterTitle42.length && expelShares(E, X, lastMonths).some((x) => x > 0)) {
    const end = addMonth(TITLE42_LAST_MONTH, 1);
    gaps.push({
      stage: 'title42-ended',
      months: afterTitle42,
      note: {
        en: `Title 42 ended on 11 May 2023, but the window ends under it: in these months the model goes on sending people back at the window's Title 42 shares, as if Title 42 went on (no change means no change of policy). For its end, set expelSA, expelFMUA and expelUC to 0 from ${end}: people are then processed under Title 8, whose returns to Mexico the model does not simulate.`,
        es: `El Título 42 terminó el 11 de mayo de 2023, pero la ventana termina bajo él: en estos meses el modelo sigue devolviendo personas con las proporciones del Título 42 de la ventana, como si el Título 42 siguiera (sin cambios significa sin cambio de política). Para su fin, fije expelSA, expelFMUA y expelUC en 0 desde ${end}: las personas se procesan entonces bajo el Título 8, cuyas devoluciones a México el modelo no simula.`,
      },
    });
  }
  const calibration: Calibration = {
    window: { from: opts.from, to: opts.to },
    months,
    draws,
    leaveRate: lambda,
    deterrence: opts.assumptions.deterrence,
    familyCap,
    processingCapacity,
    stateShares: stateShares.values,
    initialWaiting,
    initialReleased: point.released,
    ...(title8 ? { title8IntoMexico: { all: title8.all, nonMexicans: title8.nonMexicans, months: title8.months } } : {}),
    gaps,
  };
  const sorted = [...rhoDraws].sort((a, b) => a - b);
  const estimates: Estimates = {
    reattemptRate: { value: rhoHat, lower: quantile(sorted, 0.025), upper: quantile(sorted, 0.975), estimated, months: expulsionMonths },
    apprehendSouth: [...point.apprehendSouth],
    apprehendRest: [...point.apprehendRest],
    apprehensionByGroup: AG !== null && rateMonths.some((t) => AG.some((g) => g[t] !== null)),
    mexicoReturnShare: r,
    departuresLevel: GROUPS.map((_, g) => mean(lastMonths.map((t) => sumD(point.departures[g], t)))),
    expelShare: GROUPS.map((_, g) => [...expelShares(E, X, lastMonths).slice(g * D, g * D + D)]),
    expelShareAll: DEMOGRAPHICS.map((_, d) => {
      const e = GROUPS.reduce((s, __, g) => s + lastMonths.reduce((a, t) => a + (E[g][d][t] ?? 0), 0), 0);
      const x = GROUPS.reduce((s, __, g) => s + lastMonths.reduce((a, t) => a + (X[g][d][t] ?? 0), 0), 0);
      return e > 0 ? Math.min(1, x / e) : 0;
    }),
    familyCap,
    processingCapacity,
    stateShares: stateShares.values,
    title8IntoMexico: title8 ? { point: title8.point, nonMexicans: title8.pointNonMexicans, months: title8.months, mexicanMonths: title8.mexicanMonths, nonMexicanMonths: title8.nonMexicanMonths } : null,
  };
  return { calibration, estimates };
}

/**
 * People the US sends into Mexico's northern border states a month outside Title 42: the mean
 * of the window's last six months after Title 42 in which the store has what Mexico received
 * (INM: Mexicans repatriated at the states' receiving points, plus non-Mexicans accepted, from
 * the last six months that have them complete, else none); each draw resamples those months
 * (a bootstrap of the mean). Null when the window has no such month (before October 2024, or
 * under Title 42).
 */
function title8Level(series: CorridorSeries, t0: number, t1: number, draws: number, random: Random): { all: Float64Array; nonMexicans: Float64Array; point: number; pointNonMexicans: number; months: string[]; mexicanMonths: string[]; nonMexicanMonths: string[] } | null {
  const received = series.receivedFromUS;
  if (!received || underTitle42(series.months[t1])) return null;
  const pickMonths = (grids: Grid[], k: number) => {
    const out: number[] = [];
    for (let t = t1; t >= t0 && out.length < k; t--) if (!underTitle42(series.months[t]) && grids[0][t] !== null) out.unshift(t);
    return out;
  };
  const six = pickMonths(received.mexicans, 6);
  if (!six.length) return null;
  const others = pickMonths(received.nonMexicans, 6);
  const level = (ms: number[], grids: Grid[], s: number) => mean(ms.map((t) => grids[s][t] ?? 0));
  const nonMexicansPoint = BORDER_STATES.map((_, s) => (others.length ? level(others, received.nonMexicans, s) : 0));
  const all = new Float64Array(draws * S);
  const nonMexicans = new Float64Array(draws * S);
  for (let n = 0; n < draws; n++) {
    const ms = n === 0 ? six : six.map(() => six[pick(random, six.length)]);
    for (let s = 0; s < S; s++) all[n * S + s] = level(ms, received.mexicans, s);
  }
  // Non-Mexicans' months are resampled too (after the Mexicans', whose draws stay as they were):
  // held at one figure in every draw, their band had no width at all.
  for (let n = 0; n < draws; n++) {
    const ms = n === 0 || !others.length ? others : others.map(() => others[pick(random, others.length)]);
    for (let s = 0; s < S; s++) {
      nonMexicans[n * S + s] = others.length ? level(ms, received.nonMexicans, s) : 0;
      all[n * S + s] += nonMexicans[n * S + s];
    }
  }
  const point = BORDER_STATES.reduce((sum, _, s) => sum + level(six, received.mexicans, s) + nonMexicansPoint[s], 0);
  const named = (ts: number[]) => ts.map((t) => series.months[t]);
  return { all, nonMexicans, point, pointNonMexicans: nonMexicansPoint.reduce((a, b) => a + b, 0), months: named([...new Set([...six, ...others])].sort((a, b) => a - b)), mexicanMonths: named(six), nonMexicanMonths: named(others) };
}

/** Least squares over a grid of ρ: encounters = α + β·t + ρ·W(ρ) on months with both. */
export function fitReattempt(encounters: (number | null)[], expelled: number[], leaveRate: number): { rho: number; residuals: number[]; fitted: number[] } {
  let best = { rho: 0, sse: Infinity, residuals: [] as number[], fitted: [] as number[] };
  for (let k = 0; k <= 100; k++) {
    const rho = (k / 100) * (1 - leaveRate);
    const stock = stockBefore(expelled, rho, leaveRate);
    const t: number[] = [];
    const y: number[] = [];
    encounters.forEach((e, i) => {
      if (e !== null) {
        t.push(i);
        y.push(e - rho * stock[i]);
      }
    });
    const { fitted, sse } = linearFit(t, y);
    if (sse < best.sse) best = { rho, sse, residuals: y.map((v, i) => v - fitted[i]), fitted: fitted.map((f, i) => f + rho * stock[t[i]]) };
  }
  return best;
}

function bootstrapReattempt(encounters: (number | null)[], expelled: number[], leaveRate: number, rho: number, n: number, random: Random): number[] {
  const fit = fitReattempt(encounters, expelled, leaveRate);
  const out: number[] = [];
  for (let b = 0; b < n; b++) {
    let j = 0;
    const resampled = encounters.map((e) => (e === null ? null : fit.fitted[j++] + fit.residuals[pick(random, fit.residuals.length)]));
    out.push(b === 0 ? rho : fitReattempt(resampled, expelled, leaveRate).rho);
  }
  return out;
}

/** People waiting at the start of each month (sent back in earlier months, less re-attempts and leavers). */
function stockBefore(expelled: number[], rho: number, leaveRate: number): number[] {
  const out: number[] = [];
  let w = 0;
  for (const x of expelled) {
    out.push(w);
    w = w * (1 - rho - leaveRate) + x;
  }
  return out;
}

function linearFit(t: number[], y: number[]): { fitted: number[]; sse: number } {
  const n = t.length;
  const mt = mean(t);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (t[i] - mt) * (y[i] - my);
    sxx += (t[i] - mt) ** 2;
  }
  const b = sxx > 0 ? sxy / sxx : 0;
  const fitted = t.map((v) => my + b * (v - mt));
  return { fitted, sse: y.reduce((s, v, i) => s + (v - fitted[i]) ** 2, 0) };
}

function mexicoReturnShare(returns: Grid, apprehended: Grid, assumed: number): { value: number; estimated: boolean } {
  let r = 0;
  let a = 0;
  returns.forEach((v, t) => {
    if (v !== null && apprehended[t] !== null) {
      r += v;
      a += apprehended[t]!;
    }
  });
  return a > 0 ? { value: Math.min(1, r / a), estimated: true } : { value: assumed, estimated: false };
}

function transitArrivals(first: Float64Array[][], t: number): number {
  let s = 0;
  for (let g = 1; g < G; g++) for (let d = 0; d < D; d++) s += first[g][d][t];
  return s;
}

function expelShares(E: Grid[][], X: Grid[][], months: number[]): Float64Array {
  const out = new Float64Array(G * D);
  for (let g = 0; g < G; g++) {
    for (let d = 0; d < D; d++) {
      const e = months.reduce((s, t) => s + (E[g][d][t] ?? 0), 0);
      const x = months.reduce((s, t) => s + (X[g][d][t] ?? 0), 0);
      out[g * D + d] = e > 0 ? Math.min(1, x / e) : 0;
    }
  }
  return out;
}

/** The last `k` window months with US encounters (and, if `needMexico`, Mexico's apprehensions). */
function lastMonthsWith(A: Grid, usable: boolean[], k: number, needMexico = true): number[] {
  const out: number[] = [];
  for (let t = usable.length - 1; t >= 0 && out.length < k; t--) if (usable[t] && (!needMexico || A[t] !== null)) out.unshift(t);
  return out;
}

function shares(byState: Grid[]): { values: number[]; missing: boolean } {
  const months: number[] = [];
  for (let t = byState[0].length - 1; t >= 0 && months.length < 12; t--) if (byState[0][t] !== null) months.unshift(t);
  const totals = byState.map((g) => months.reduce((s, t) => s + (g[t] ?? 0), 0));
  const all = totals.reduce((a, b) => a + b, 0);
  if (all <= 0) return { values: byState.map(() => 1 / S), missing: true };
  return { values: totals.map((v) => v / all), missing: false };
}

/** Months with US encounters by nationality and demographic: in the whole store when known, else in the months loaded. */
function monthsWith(series: CorridorSeries, lang: 'en' | 'es'): string {
  const store = series.storeMonths?.encounters;
  if (store) {
    if (!store.length) return lang === 'es' ? 'ningún mes' : 'no month';
    const crossed = series.storeMonths!.crossed;
    const split = store.length > crossed.length;
    if (!split) return monthSpans(store, lang);
    if (!crossed.length) return lang === 'es' ? `${monthSpans(store, lang)} (repartidos de los totales por nacionalidad y por grupo demográfico)` : `${monthSpans(store, lang)} (split from the totals by nationality and by demographic)`;
    return lang === 'es'
      ? `${monthSpans(store, lang)} (cruzados en una tabla en ${monthSpans(crossed, lang)}; en los demás, repartidos de los totales por nacionalidad y por grupo demográfico)`
      : `${monthSpans(store, lang)} (crossed by a table in ${monthSpans(crossed, lang)}; in the others, split from the totals by nationality and by demographic)`;
  }
  const have = series.months.filter((_, t) => series.encounters[0][0][t] !== null);
  if (!have.length) return lang === 'es' ? 'ninguno de los meses cargados' : 'none of the months loaded';
  return lang === 'es' ? `${monthSpans(have, lang)} de los meses cargados` : `${monthSpans(have, lang)} of the months loaded`;
}

const sumD = (row: Float64Array[], t: number) => row.reduce((s, d) => s + d[t], 0);
function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : 0;
}
function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]) * (i - lo);
}
