/**
 * @module
 * GET /api/reception: a reception plan for Mexico's northern border cities (as `corridor
 * reception plan` with the store's data only): arrivals from INM's daily files with a
 * weekly forecast, beds from the demo registry ("México te abraza", UNVERIFIED), solved
 * with HiGHS. Occupancy by site and week, unmet need by city, kind and week, shortfall
 * alerts and every assumption, in English or Spanish. With `scenario=NAME` the arrivals come
 * from the scenario engine's outlook for a shipped scenario (its levers changed by `levers`,
 * at the `quantile` of its draws). Registries and arrivals files are the command line's: this
 * API reads no file a client sends (a scenario is taken by name from the shipped list only).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { briefCss, briefHtml } from '../../analysis/reception/brief/html.js';
import { planProvenance } from '../../analysis/reception/brief/provenance.js';
import { receptionPlan, type Plan } from '../../analysis/reception/run.js';
import { STATE_NAMES } from '../../analysis/reception/cities.js';
import { checkLeverList } from '../../analysis/scenario/lever-list.js';
import type { Scenario } from '../../analysis/scenario/scenario-file.js';
import { QUANTILE_RANGE } from '../../analysis/reception/scenario-input.js';
import { KIND_LABELS, KINDS, type SolverReport } from '../../analysis/reception/types.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { preparedScenarios } from '../prepared-scenarios.js';
import { receptionErrorResponse } from '../schemas.js';
import { usedVintages } from '../series/provenance.js';
import { said } from '../zod-es.js';

export const receptionParams = z
  .object({
    weeks: z.coerce.number().int().min(1).max(26).default(12).openapi({ description: 'weeks to plan, 1 to 26', example: 12 }),
    level: z.enum(['central', 'high']).default('central').openapi({ description: "plan for the forecast's central level or its 80% upper bound" }),
    start: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, said('YYYY-MM-DD', 'AAAA-MM-DD')).optional().openapi({ description: "first week (its Monday is used); default: the week after INM's data. A week INM recorded is replayed with its recorded arrivals (said in the assumptions); a start before the data, or weeks more than 26 weeks after it, get a 400" }),
    lang: z.enum(['en', 'es']).default('en').openapi({ description: 'language of alerts, assumptions and kind labels' }),
    scenario: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, said('the name of a shipped scenario (see /api/scenarios)', 'el nombre de un escenario incluido (vea /api/scenarios)'))
      .optional()
      .openapi({ description: "arrivals from the scenario engine's outlook for this shipped scenario (names: /api/scenarios) instead of INM's forecast", example: 'seed-2021-04' }),
    levers: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'with scenario: levers replacing the scenario\'s: "id=value[:from[:to[:rampMonths]]]" joined by commas, each replacing that lever; none for no lever; or a JSON object as in a scenario file, replacing them all (as /api/scenario takes it)', example: 'familyAcceptance=3' }),
    quantile: z.coerce
      .number()
      .min(QUANTILE_RANGE.min)
      .max(QUANTILE_RANGE.max)
      .optional()
      .openapi({ description: "with scenario: plan for this quantile of the engine's draws, month by month (default 0.5, the median; 0.9 a bad case)", example: 0.9 }),
  })
  .strict()
  .refine((q) => q.scenario !== undefined || (q.levers === undefined && q.quantile === undefined), { message: 'levers and quantile go with scenario=NAME', params: { es: 'levers y quantile van con scenario=NOMBRE' }, path: ['scenario'] });

const kind = z.enum(KINDS);
/** The shelter view's detail (src/analysis/reception/shelter-detail.ts). */
const ShelterSchema = z
  .object({
    maxKm: z.number(),
    sites: z.array(
      z.object({
        id: z.string(),
        lat: z.number(),
        lon: z.number(),
        takes: z.array(kind),
        free: z.record(kind, z.array(z.number())).openapi({ description: 'whole beds free each week by kind (shared beds left, and the kind\'s cap left where the registry caps it)' }),
      }),
    ),
    reach: z.array(z.object({ city: z.string(), site: z.string(), km: z.number() })).openapi({ description: 'sites within reach of each city, nearest first' }),
    units: z.array(z.object({ week: z.string(), city: z.string(), kind, size: z.number(), units: z.number() })).openapi({ description: 'arriving family units by week, city and size' }),
  })
  .openapi({ description: 'for a shelter coordinator: free beds by site, kind and week; sites within reach; family units by size' });
export const PlanSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    weeks: z.array(z.string()).openapi({ description: 'Mondays of the planned weeks' }),
    kinds: z.array(z.object({ id: kind, label: z.string() })),
    cities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        state: z.string(),
        // The state's name (Baja California) beside its ISO code (MX-02). Undescribed in the OpenAPI document until src/api/docs/es.ts has its Spanish.
        state_name: z.string().optional(),
        lat: z.number(),
        lon: z.number(),
      }),
    ),
    sites: z.array(z.object({ id: z.string(), name: z.string(), city: z.string(), dif: z.boolean(), capacity: z.array(z.number()), occupancy: z.array(z.number()).openapi({ description: 'average beds in use each week' }) })),
    arrivals: z.array(z.object({ week: z.string(), city: z.string(), kind, people: z.number(), units: z.number() })),
    assignments: z.array(z.object({ week: z.string(), city: z.string(), kind, size: z.number(), site: z.string(), units: z.number(), people: z.number(), km: z.number() })),
    unmet: z.array(z.object({ week: z.string(), city: z.string(), kind, people: z.number() })),
    alerts: z.array(
      z.object({
        type: z.enum(['site-full', 'shortfall']),
        city: z.string(),
        kind: kind.nullable(),
        site: z.string().nullable(),
        week: z.string(),
        weeks: z.number(),
        people: z.number().nullable(),
        beds_missing: z.number().nullable(),
        reason: z.enum(['no-site', 'capacity']).nullable(),
        message: z.string(),
      }),
    ),
    assumptions: z.array(z.object({ id: z.string(), basis: z.enum(['data', 'default', 'user']), text: z.string(), value: z.unknown() })),
    forecast: z.array(z.object({ state: z.string(), series: z.string(), level: z.number(), low80: z.number(), high80: z.number() })),
    solver: z.object({
      status: z.string(),
      optimal: z.boolean(),
      seconds: z.number(),
      variables: z.number(),
      rows: z.number(),
      unmetPeople: z.number(),
      unmetLowerBound: z.number().openapi({ description: 'proven lower bound on people without a place' }),
      personKm: z.number(),
      personKmLowerBound: z.number().optional().openapi({ description: 'proven lower bound on person-km among plans with no more people without a place' }),
      lpVariables: z.number().optional().openapi({ description: 'variables of the LP relaxation solved (by person, all parts together)' }),
      lpRows: z.number().optional().openapi({ description: 'rows of that LP relaxation' }),
      mipUsed: z.boolean().optional().openapi({ description: 'whether the whole-unit MIP had to run for some part (the LP bound did not settle it)' }),
    }),
    shelter: ShelterSchema.optional(),
    sources: z
      .array(z.object({ source: z.string(), vintage: z.number() }))
      .optional()
      .openapi({ description: "the store's sources and vintages the plan read (INM's files, the registry, and with scenario the series the engine is calibrated on); the X-Corridor-Sources header names the same" }),
  })
  .openapi('ReceptionPlan');

export const receptionRoute = createRoute({
  method: 'get',
  path: '/api/reception',
  tags: ['analysis'],
  summary: "A reception plan for Mexico's northern border cities",
  description:
    'Arrivals (INM, weekly forecast) assigned to sites (demo registry, UNVERIFIED) by a mixed-integer programme (HiGHS): families never split, ' +
    'unaccompanied minors only at DIF sites, fewest people without a place first, then the shortest distances. Occupancy, unmet need, alerts, assumptions. ' +
    "With scenario=NAME (and levers, quantile) the arrivals are the scenario engine's people sent back into each border state, split to cities and kinds as stated in the assumptions.",
  request: { query: receptionParams },
  responses: {
    200: { description: 'the plan', content: { 'application/json': { schema: PlanSchema } } },
    400: receptionErrorResponse,
  },
});

export const receptionBriefRoute = createRoute({
  method: 'get',
  path: '/api/reception/brief',
  tags: ['analysis'],
  summary: 'The printable brief of the reception plan, as HTML',
  description:
    'The same HTML `corridor reception brief` prints to PDF: a cover with the alerts, then one page per city (arrivals, beds, where people can go, the sources). ' +
    'Print it from the browser (A4). The parameters are those of /api/reception; lang is the language of the brief.',
  request: { query: receptionParams },
  responses: {
    200: { description: 'the brief, an HTML page (its stylesheet at /api/reception/brief.css)', content: { 'text/html': { schema: z.string() } } },
    400: receptionErrorResponse,
  },
});

export function presentPlan(p: Plan, lang: 'en' | 'es'): z.infer<typeof PlanSchema> {
  return {
    lang,
    weeks: p.weeks,
    kinds: KINDS.map((k) => ({ id: k, label: KIND_LABELS[k][lang] })),
    cities: p.cities.map((c) => ({ ...c, state_name: STATE_NAMES[c.state] ?? c.state })),
    sites: p.sites,
    arrivals: p.arrivals,
    assignments: p.assignments,
    unmet: p.unmet,
    alerts: p.alerts.map((a) => ({ type: a.type, city: a.city, kind: a.kind ?? null, site: a.site ?? null, week: a.week, weeks: a.weeks, people: a.people ?? null, beds_missing: a.bedsMissing ?? null, reason: a.reason ?? null, message: a.message[lang] })),
    assumptions: p.assumptions.map((a) => ({ id: a.id, basis: a.basis, text: a.text[lang], value: a.value })),
    forecast: p.forecast ?? [],
    solver: presentSolver(p.solver),
    ...(p.shelter ? { shelter: p.shelter } : {}),
    ...(p.sources ? { sources: usedVintages(p.sources).map(({ source, vintage }) => ({ source, vintage })) } : {}),
  };
}

/** Named field by field so a field added to SolverReport is a type error here, not a silent drop. */
function presentSolver(s: SolverReport): z.infer<typeof PlanSchema>['solver'] {
  const { status, optimal, seconds, variables, rows, unmetPeople, unmetLowerBound, personKm, personKmLowerBound, lpVariables, lpRows, mipUsed } = s;
  return { status, optimal, seconds, variables, rows, unmetPeople, unmetLowerBound, personKm, personKmLowerBound, lpVariables, lpRows, mipUsed };
}

export function registerReception(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  // Calibrations kept by store state and scenario options: a request changing only levers or quantile re-simulates.
  const prepared = preparedScenarios(opts.conn);
  const planFor = (q: z.infer<typeof receptionParams>, version: string) => {
    // A lever named twice, a decimal comma, a value such as 0x2: refused before the store is read, as /api/scenario refuses them.
    checkLeverList(q.levers);
    const prepare = (scenario: Scenario, draws: number) => prepared(version, scenario, draws);
    const engine = q.scenario ? { engine: { name: q.scenario, levers: q.levers, quantile: q.quantile, prepare } } : {};
    // The demo registry's assumption says what a reader of the API or the dashboard can do for their own registry (no --registry here).
    return receptionPlan(opts.conn, { weeks: q.weeks, level: q.level, start: q.start, ownRegistry: 'service', ...engine });
  };
  app.openapi(receptionRoute, async (c) => {
    const q = c.req.valid('query');
    const plan = await planFor(q, c.var.catalogue.version);
    c.set('sources', usedVintages(plan.sources ?? []));
    return c.json(presentPlan(plan, q.lang), 200);
  });
  app.openapi(receptionBriefRoute, async (c) => {
    const q = c.req.valid('query');
    const plan = await planFor(q, c.var.catalogue.version);
    c.set('sources', usedVintages(plan.sources ?? []));
    const provenance = await planProvenance(opts.conn, plan.sources ?? []);
    // The stylesheet is linked, not inlined: the API's Content-Security-Policy allows no inline style.
    return c.html(briefHtml(plan, { lang: q.lang, provenance, made: new Date().toISOString().slice(0, 10), stylesheet: 'brief.css' }), 200);
  });
  app.get('/api/reception/brief.css', (c) => c.body(briefCss('A4'), 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
