/**
 * @module
 * GET /api/forecast: the next months of a monthly series with 80% and 95% intervals
 * and its model card (model, training window, breaks, back-test accuracy and
 * interval coverage), as `corridor forecast` prints them.
 *
 * The API opens the store read-only, so nothing here writes: a series' latest stored
 * back-test (forecast_* tables, written by `corridor forecast`, `corridor start` or
 * `corridor forecast --backtest`) is used when its data and model versions match;
 * otherwise the back-test is run now, in a child process (model fitting would hold
 * the server's event loop for seconds), and kept in memory for the life of the
 * server and the store's state, never stored.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { backtestInPool } from '../../analysis/forecast/backtest-pool.js';
import type { Break } from '../../analysis/forecast/breaks.js';
import { breakLabel } from '../../analysis/forecast/break-label.js';
import { modelName } from '../../analysis/forecast/card-text.js';
import { forecastSeries, type BacktestEvidence, type ModelCard } from '../../analysis/forecast/forecast.js';
import { monthIndex } from '../../analysis/forecast/months.js';
import { loadModels, type RegisteredModel } from '../../analysis/forecast/registry.js';
import { forecastStart, readOnlyEvidence, STANDARD } from '../../analysis/forecast/run.js';
import { noMonthlyFigures, refuseAsOfAfterData, seriesFromRows, type MonthlySeries } from '../../analysis/forecast/series.js';
import type { NowcastFill } from '../../analysis/forecast/upstream/nowcast-fill.js';
import { UsageError } from '../../errors.js';
import type { Dimension } from '../../model/index.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries } from '../../store/query/series.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses, ProvenanceSchema } from '../schemas.js';
import { checkKnown } from '../series/answer.js';
import { checked, seriesShape } from '../series/params.js';
import { provenance, usedVintages } from '../series/provenance.js';
import type { Catalogue } from '../store/catalogue.js';
import { labelOf, type Lang } from '../store/labels.js';
import { said } from '../zod-es.js';

const MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

export const forecastParams = checked(
  z
    .object({
      measure: seriesShape.measure,
      where: seriesShape.where,
      source: seriesShape.source,
      horizon: z
        .string()
        .regex(/^([1-9]|1[0-9]|2[0-4])$/, said('a whole number of months from 1 to 24', 'un número entero de meses de 1 a 24'))
        .default('12')
        .transform(Number)
        .openapi({ description: 'months ahead, 1 to 24', type: 'integer', example: 12 }),
      'as-of': z.string().regex(MONTH, said('a month, YYYY-MM', 'un mes, AAAA-MM')).optional().openapi({ description: 'forecast as if the data ended this month (YYYY-MM)', example: '2024-12' }),
      nowcast: z
        .enum(['auto', 'true', 'false'])
        .default('auto')
        .transform((v) => (v === 'auto' ? ('auto' as const) : v === 'true'))
        .openapi({
          description:
            "auto (the default): fill the months the series has not published yet from INM's daily copy of CBP's encounters (southwest border and its Border Patrol sectors and OFO field offices, by component and citizenship) where it has them, and forecast from there; never with `as-of`; the card's `nowcast` says what was filled, null when nothing was. true: the same, and the card's `nowcast` also says why nothing was filled; not with `as-of`. false: from the published months only.",
          example: 'auto',
        }),
      lang: seriesShape.lang,
    })
    .strict(),
);

export type ForecastParams = z.output<typeof forecastParams>;

const BreakSchema = z.object({ start: z.string().openapi({ example: '2023-06' }), kind: z.enum(['policy', 'detected']), label: z.string() });

const NowcastSchema = z
  .object({
    source: z.string().openapi({ example: 'inm-ianami' }),
    published: z.string().openapi({ description: 'the last month the series itself has published', example: '2025-08' }),
    daily_through: z.string().nullable().openapi({ description: "the last day of INM's daily copy for this series", example: '2026-05-26' }),
    months: z
      .array(
        z.object({
          period: z.string().openapi({ example: '2025-09' }),
          value: z.number().openapi({ description: 'the nowcast the forecast starts from' }),
          days: z.number().openapi({ description: 'the day of the month it is known through' }),
          blank: z.array(z.string()).openapi({ description: "days up to then INM's copy left blank (YYYY-MM-DD): the month rests on the others" }),
          month_to_date: z.number().openapi({ description: "INM's total over the days it has" }),
          share: z.number().openapi({ description: 'the share of a month those days held in the three complete months before' }),
          ratio: z.number().openapi({ description: "this series / INM's total in the latest months both published" }),
          intervals: z
            .array(z.object({ level: z.number(), lower: z.number(), upper: z.number() }))
            .openapi({ description: 'the nowcast with the errors nowcasts from as many days had on this series, by level (empty when fewer than 5 months measure them)' }),
        }),
      )
      .openapi({ description: 'the months filled, in order' }),
    errors: z
      .array(z.object({ days: z.number(), months: z.number(), mape: z.number(), max_ape: z.number(), bias: z.number(), carried_forward_mape: z.number() }))
      .openapi({ description: 'error of nowcasts from as many days, on this series, in the months both INM and CBP published (mean and largest absolute percentage error, bias; the last published month carried forward beside them)' }),
    carried: z
      .object({
        days: z.number().openapi({ description: 'the day of the month the measured nowcasts were made on (31: whole months)' }),
        months: z.number().openapi({ description: 'how many months measure the error' }),
        quantiles: z.array(z.object({ level: z.number(), lower: z.number(), upper: z.number() })).openapi({ description: 'log ratios log((published + c) / (nowcast + c)) by level' }),
      })
      .nullable()
      .openapi({ description: "the last filled month's nowcast error added to the forecast's bands in quadrature, carried to every month ahead; null when fewer than 5 months measure it (the bands then leave it out)" }),
    why: z.string().nullable().openapi({ description: 'why nothing was filled, in `lang`' }),
    stopped: z.string().nullable().openapi({ description: "why filling stopped before the end of INM's daily copy, in `lang`" }),
    said: z.string().openapi({ description: 'the nowcast in words, in `lang`' }),
  })
  .openapi('Nowcast');

const CardSchema = z
  .object({
    series: z.string(),
    model: z.string().openapi({ description: 'model id: snaive, ets, theta, mstl, arima, combination' }),
    form: z.string().openapi({ example: 'Combination(median: ETS(A,A,N), Theta)' }),
    version: z.string(),
    selected_by: z.enum(['back-test', 'fallback']).openapi({ description: 'back-test: chosen by the rule on the back-test (said.selection states it; not always the lowest MASE); fallback: too little history, default order' }),
    training: z.object({
      from: z.string(),
      to: z.string(),
      months: z.number(),
      log: z.boolean(),
      starts_at: BreakSchema.nullable().openapi({ description: 'the break the training window starts at' }),
      adjustments: z.array(z.object({ before: z.string(), factor: z.number(), months: z.number() })).openapi({ description: 'months before a break rescaled to the level seen after it' }),
      sources: z.array(z.object({ source: z.string(), from: z.string(), to: z.string() })),
      dropped_at_end: z.array(z.object({ period: z.string(), reason: z.string() })).openapi({ description: 'incomplete or blank months at the end, left out of training' }),
    }),
    breaks: z.array(BreakSchema),
    recent_break: z.object({ start: z.string(), label: z.string(), months_since: z.number() }).nullable().openapi({ description: 'set when the forecast is made right after a break: its intervals are wider' }),
    wider_uncertainty: z.boolean(),
    backtest: z
      .object({
        run_id: z.string().nullable().openapi({ description: 'the stored back-test run; null when it was run for this answer and not stored' }),
        stored: z.boolean(),
        origins: z.number(),
        horizons: z.number(),
        mase: z.number().nullable(),
        smape: z.number().nullable(),
        coverage80: z.number().nullable(),
        coverage95: z.number().nullable(),
        winkler80: z.number().nullable(),
        winkler95: z.number().nullable(),
        own_coverage80: z.number().nullable(),
        own_coverage95: z.number().nullable(),
        models: z
          .array(
            z.object({
              model: z.string().openapi({ description: 'model id (a code, the same in every language)', example: 'snaive' }),
              name: z.string().openapi({ description: 'the model named in `lang`, as `said` names it (Spanish: combinación, predeterminado, ingenuo estacional (snaive); ets, theta, arima, mstl as they are)', example: 'ingenuo estacional (snaive)' }),
              mase: z.number().nullable(),
              origins: z.number(),
            }),
          )
          .openapi({ description: "every model's MASE in the back-test" }),
        naive: z
          .object({ mase: z.number().nullable(), origins: z.number(), same_origins: z.boolean() })
          .nullable()
          .openapi({ description: "the seasonal naive forecast's MASE in the same back-test, beside the chosen model's (`said.benchmark` in words), and whether on the same origins; null for the seasonal naive itself or without its score" }),
      })
      .nullable()
      .openapi({ description: 'rolling-origin back-test of this series (monthly origins from October 2015, horizons 1-12); null with too little history' }),
    ceiling: z.number().nullable().openapi({ description: 'upper bounds of the bands are kept below this: 3 times the highest month known (null for a series with no month above 0)' }),
    intervals: z.enum(['conformal', 'conformal-after-break', 'conformal-widened', 'model']).openapi({ description: "conformal: calibrated on back-test errors (`said.intervals` names the months ahead, if any, that show the model's own instead); model: the model's own at every month" }),
    said: z
      .object({
        model: z.string().openapi({ description: 'the fitted form in words (`form` is its code): the combination named in `lang`', example: 'Combinación(1/MASE²: ETS(A,A,N) 0.50, Theta 0.50)' }),
        selection: z.string().openapi({ description: 'the selection rule, and where the chosen model stands against the lowest back-test MASE' }),
        benchmark: z.string().nullable().openapi({ description: "the back-test MASE beside the seasonal naive forecast's on the same origins" }),
        intervals: z.string().openapi({ description: "where the intervals come from: conformal, or the model's own at the months ahead with fewer than 10 back-test errors (named)" }),
        bands: z.array(z.object({ level: z.number(), text: z.string() })).openapi({ description: 'how often each band covered what happened in the back-test' }),
        bounds: z.string().openapi({ description: 'how the bands are nested and bounded' }),
      })
      .openapi({ description: 'the card in words, in `lang`' }),
    nowcast: NowcastSchema.nullable().openapi({ description: 'the months filled before forecasting (with `nowcast=true`, also why none was); null when the forecast starts from the published months' }),
  })
  .openapi('ModelCard');

const MonthSchema = z
  .object({
    period: z.string().openapi({ description: 'first day of the month', example: '2026-08-01' }),
    period_label: z.string().openapi({ example: '2026-08' }),
    mean: z.number(),
    lower80: z.number(),
    upper80: z.number(),
    lower95: z.number(),
    upper95: z.number(),
  })
  .openapi('ForecastMonth');

export const ForecastSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    measure: z.string(),
    horizon: z.number(),
    as_of: z.string().nullable(),
    forecasts: z.array(
      z.object({
        series: z.string(),
        keys: z.partialRecord(z.string(), z.object({ code: z.string(), label: z.string() })),
        last: z
          .object({ period: z.string(), value: z.number(), nowcast: z.boolean().openapi({ description: 'true when this month is a nowcast, not a published figure' }) })
          .openapi({ description: 'the last month of the data the forecast starts from' }),
        months: z.array(MonthSchema),
        card: CardSchema,
      }),
    ),
    provenance: ProvenanceSchema,
  })
  .openapi('Forecast');

export const forecastRoute = createRoute({
  method: 'get',
  path: '/api/forecast',
  tags: ['analysis'],
  summary: 'Forecast of a monthly series with 80% and 95% intervals and its model card',
  description:
    'One forecast per series the filters name (several values separated by commas give several series). The model is chosen by a rule on a rolling-origin back-test (the combination of ETS and Theta, weighted by their back-test errors, unless the card says otherwise; `card.said.selection` states the rule); ' +
    'intervals are calibrated on back-test errors (conformal) and wider right after a break. `as-of` forecasts as if the data ended that month. ' +
    'The latest stored back-test of the series is used; without one, a back-test is run for the answer (seconds) and kept in memory, not stored. ' +
    "By default (`nowcast=auto`) the months the series has not published are first filled from INM's daily copy of CBP's encounters where it has them (`nowcast=false`: from the published months only); the back-test stays on the published months.",
  request: { query: forecastParams },
  responses: {
    200: { description: 'the forecasts', content: { 'application/json': { schema: ForecastSchema } } },
    ...errorResponses,
  },
});

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);

function nowcastOf(n: NowcastFill, lang: Lang): z.infer<typeof NowcastSchema> {
  return {
    source: n.source,
    published: n.published,
    daily_through: n.dailyThrough ?? null,
    months: n.months.map((m) => ({ period: m.month, value: m.value, days: m.days, blank: m.blank, month_to_date: m.monthToDate, share: m.share, ratio: m.ratio, intervals: m.intervals ?? [] })),
    carried: n.carried ?? null,
    errors: n.errors.map((e) => ({ days: e.days, months: e.months, mape: e.mape, max_ape: e.maxApe, bias: e.bias, carried_forward_mape: e.naiveMape })),
    why: n.why ? n.why[lang] : null,
    stopped: n.stopped ? n.stopped[lang] : null,
    said: n.said[lang],
  };
}

function cardOf(c: ModelCard, lang: Lang, stored: boolean): z.infer<typeof CardSchema> {
  const t = c.training;
  const br = (b: Break) => ({ start: b.start, kind: b.kind, label: breakLabel(b, lang) });
  const b = c.backtest;
  return {
    series: c.series,
    model: c.model,
    form: c.form,
    version: c.version,
    selected_by: c.selectedBy,
    said: {
      model: c.said.model[lang],
      selection: c.said.selection[lang],
      benchmark: c.said.benchmark ? c.said.benchmark[lang] : null,
      intervals: c.said.intervals[lang],
      bands: c.said.bands.map((b) => ({ level: b.level, text: b.said[lang] })),
      bounds: c.said.bounds[lang],
    },
    training: {
      from: t.from,
      to: t.to,
      months: t.months,
      log: t.log,
      starts_at: t.startsAt ? br(t.startsAt) : null,
      adjustments: t.adjustments.map((a) => ({ before: a.before, factor: a.factor, months: a.months })),
      sources: t.sources,
      dropped_at_end: t.droppedAtEnd.map((d) => ({ period: d.period, reason: d.reason })),
    },
    breaks: c.breaks.map(br),
    recent_break: c.recentBreak ? { start: c.recentBreak.start, label: breakLabel({ start: c.recentBreak.start, kind: c.breaks.find((x) => x.start === c.recentBreak!.start)?.kind ?? 'policy', label: c.recentBreak.label }, lang), months_since: c.recentBreak.monthsSince } : null,
    wider_uncertainty: c.widerUncertainty,
    backtest: b
      ? {
          run_id: b.runId ?? null,
          stored,
          origins: b.origins,
          horizons: b.horizons,
          mase: finite(b.mase),
          smape: finite(b.smape),
          coverage80: finite(b.coverage80),
          coverage95: finite(b.coverage95),
          winkler80: finite(b.winkler80),
          winkler95: finite(b.winkler95),
          own_coverage80: finite(b.ownCoverage80),
          own_coverage95: finite(b.ownCoverage95),
          models: b.models.map((m) => ({ model: m.model, name: modelName(m.model)[lang], mase: finite(m.mase), origins: m.origins })),
          naive: b.naive ? { mase: finite(b.naive.mase), origins: b.naive.origins, same_origins: b.naive.sameOrigins } : null,
        }
      : null,
    ceiling: finite(c.ceiling),
    intervals: c.intervals,
    nowcast: c.nowcast ? nowcastOf(c.nowcast, lang) : null,
  };
}

/** Back-tests run for answers, by store state and series; never written to the store. */
const MAX_MEMO = 256;

export interface ForecastService {
  evidence(conn: ResolvedOptions['conn'], catalogue: Catalogue, series: MonthlySeries, registered: readonly RegisteredModel[]): Promise<BacktestEvidence | undefined>;
  /** The series a forecast starts from (forecastStart: with its unpublished months nowcast, where asked), by store state. */
  start(conn: ResolvedOptions['conn'], catalogue: Catalogue, series: MonthlySeries, req: Parameters<typeof forecastStart>[2]): ReturnType<typeof forecastStart>;
}

/** A promise kept under a key, at most MAX_MEMO of them (the oldest dropped), forgotten when it fails. */
function remember<T>(memo: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= MAX_MEMO) memo.delete(memo.keys().next().value!);
    found = make();
    found.catch(() => memo.delete(key));
    memo.set(key, found);
  }
  return found;
}

export function forecastService(): ForecastService {
  const memo = new Map<string, Promise<BacktestEvidence | undefined>>();
  // Reading INM's days is most of a nowcast's cost (about 30 ms); they change only with the store.
  const starts = new Map<string, ReturnType<typeof forecastStart>>();
  return {
    start(conn, catalogue, series, req) {
      const key = `${catalogue.version}\n${series.id}\n${series.start}\n${series.values.length}\n${req.nowcast}\n${req.asOf ?? ''}`;
      return remember(starts, key, () => forecastStart(conn, series, req));
    },
    evidence(conn, catalogue, series, registered) {
      const key = `${catalogue.version}\n${series.id}\n${series.start}\n${series.values.length}\n${registered.map((r) => r.version).join(',')}`;
      return remember(memo, key, () => readOnlyEvidence(conn, series, registered, async (s, opts) => (await backtestInPool([s], opts, { processes: 1 }))[0]));
    },
  };
}

export async function answerForecast(conn: ResolvedOptions['conn'], catalogue: Catalogue, p: ForecastParams, service: ForecastService) {
  checkKnown(catalogue, { measure: p.measure, source: p.source });
  const asOf = p['as-of'];
  const request = await buildRequest(conn, { measure: p.measure, where: p.where, source: p.source, grain: 'month', to: asOf });
  const result = await querySeries(conn, request);
  const list = seriesFromRows(request.measure, result.rows).filter((s) => s.values.length > 0);
  if (list.length === 0) throw noMonthlyFigures(p.measure, result.considered, {
    asOf,
    see: { en: '/api/series with the same parameters shows what the store holds', es: '/api/series con los mismos parámetros muestra lo que tiene el almacén' },
  });
  if (asOf) refuseAsOfAfterData(list, asOf);
  if (asOf && p.nowcast === true) throw new UsageError(
    'nowcast=true fills the months after the last one published and forecasts from there: it does not go with as-of (no later day is known then)',
    'nowcast=true completa los meses posteriores al último publicado y pronostica desde ahí: no va con as-of (entonces no se conoce ningún día posterior)',
  );
  if (list.length > 12) throw new UsageError(
    `these filters name ${list.length} series; a forecast answers for at most 12: fewer filter values`,
    `estos filtros nombran ${list.length} series; un pronóstico responde para 12 como máximo: use menos valores de filtro`,
  );
  const registered = await loadModels();
  const forecasts = [];
  const used: { source: string; vintage: number; dataset: string }[] = [];
  for (const s of list) {
    // The back-test (selection, weights, calibration) is of the published months only.
    const evidence = await service.evidence(conn, catalogue, s, registered);
    const start = await service.start(conn, catalogue, s, { asOf, nowcast: p.nowcast });
    let f;
    try {
      f = forecastSeries(start.series, registered, evidence, { horizon: p.horizon, levels: [...STANDARD.levels], added: start.fill?.carried?.quantiles });
    } catch (e) {
      throw new UsageError(
        `${s.id} cannot be forecast: ${(e as Error).message}`,
        `${s.id} no se puede pronosticar: (detalle en inglés) ${(e as Error).message}`,
      );
    }
    const first = monthIndex(f.card.training.from);
    const last = monthIndex(f.card.training.to);
    const sameKeys = (r: (typeof result.rows)[number]) => Object.entries(s.keys).every(([d, code]) => r.keys[d as Dimension] === code);
    const rows = result.rows.filter((r) => sameKeys(r) && monthIndex(r.period.slice(0, 7)) >= first && monthIndex(r.period.slice(0, 7)) <= last);
    used.push(...rows);
    const lastRow = rows.find((r) => r.period.startsWith(f.card.training.to));
    const lastNowcast = start.fill?.months.find((m) => m.month === f.card.training.to);
    if (start.fill) {
      f.card.nowcast = start.fill;
      used.push(...start.fill.used);
    }
    const level = (m: (typeof f.months)[number], l: number) => m.intervals.find((i) => i.level === l)!;
    forecasts.push({
      series: s.id,
      keys: Object.fromEntries(Object.entries(s.keys).map(([dim, code]) => [dim, { code: String(code), label: labelOf(catalogue.labels, dim as Dimension, String(code), p.lang) }])),
      last: { period: `${f.card.training.to}-01`, value: lastNowcast?.value ?? lastRow?.value ?? s.values[s.values.length - 1], nowcast: lastNowcast !== undefined },
      months: f.months.map((m) => ({
        period: `${m.period}-01`,
        period_label: m.period,
        mean: m.mean,
        lower80: level(m, 80).lower,
        upper80: level(m, 80).upper,
        lower95: level(m, 95).lower,
        upper95: level(m, 95).upper,
      })),
      card: cardOf(f.card, p.lang, Boolean(evidence?.runId)),
    });
  }
  return {
    lang: p.lang,
    measure: request.measure,
    horizon: p.horizon,
    as_of: asOf ?? null,
    forecasts,
    provenance: provenance(catalogue, request.measure, p.lang, used),
  };
}

export function registerForecast(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  const service = forecastService();
  app.openapi(forecastRoute, async (c) => {
    const answer = await answerForecast(opts.conn, c.var.catalogue, c.req.valid('query'), service);
    c.set('sources', usedVintages(answer.provenance.sources.flatMap((s) => s.vintages.map((v) => ({ source: s.id, vintage: v.id })))));
    return c.json(answer, 200);
  });
}
