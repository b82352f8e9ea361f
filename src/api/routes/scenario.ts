/**
 * @module
 * The scenario engine over HTTP, read-only (nothing is written to the store):
 * - GET /api/scenarios: the shipped scenarios, the levers (ranges, labels) and the assumptions;
 * - GET /api/scenario?name=seed-2021-04&levers={...}: a shipped scenario, its levers replaced
 *   by `levers` when given; or ?scenario={...}, a whole scenario as JSON;
 * - GET /api/scenario/backcast: the back-casts of past policy changes.
 * Loading and calibrating take a second or two; they are kept in memory by store state and
 * calibration window, so moving a lever only re-simulates (tens of milliseconds).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ASSUMPTION_TEXT, DEFAULT_ASSUMPTIONS } from '../../analysis/scenario/assumptions.js';
import { runBackcasts, type BackcastResult } from '../../analysis/scenario/backcast.js';
import { LEVERS } from '../../analysis/scenario/levers.js';
import { checkLeverList } from '../../analysis/scenario/lever-list.js';
import { gapStageLabel } from '../../analysis/scenario/model-card.js';
import { addMonth } from '../../analysis/scenario/months.js';
import { applyLevers, resolveWindow, type ScenarioRun } from '../../analysis/scenario/run.js';
import { withLevers } from '../../analysis/reception/scenario-input.js';
import { jsonFault, jsonFaultEs } from '../../lib/json-fault.js';
import { usedVintages } from '../series/provenance.js';
import { preparedScenarios } from '../prepared-scenarios.js';
import { listScenarios, parseScenario, shippedScenario, type Scenario } from '../../analysis/scenario/scenario-file.js';
import { InputError, UsageError, inputErrorInSpanish } from '../../errors.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses } from '../schemas.js';
import { said } from '../zod-es.js';

const lang = z.enum(['en', 'es']).default('en').openapi({ description: 'language of labels and notes' });
const json = (what: string) =>
  z
    .string()
    .max(3000)
    .optional()
    .openapi({ description: `${what}, as JSON (URL-encoded)` });

export const scenarioParams = z
  .object({
    name: z.string().max(80).regex(/^[a-z0-9][a-z0-9-]*$/, said('a shipped scenario name (see /api/scenarios)', 'el nombre de un escenario incluido (vea /api/scenarios)')).optional().openapi({ description: 'a shipped scenario (see /api/scenarios)', example: 'seed-2021-04' }),
    scenario: json('a whole scenario (the format of scenarios/*.json)'),
    levers: z
      .string()
      .max(3000)
      .optional()
      .openapi({ description: 'levers for the scenario: as JSON, replacing its own, e.g. {"enforcementSouth":{"value":1.5,"from":"2021-04"}}; or "id=value[:from[:to[:rampMonths]]]" joined by commas, each replacing that lever, e.g. enforcementSouth=2,familyAcceptance=1.5:2021-06; none for no lever (as /api/reception and the CLI take them)' }),
    lang,
  })
  .strict()
  .refine((p) => (p.name ? 1 : 0) + (p.scenario ? 1 : 0) === 1, { message: 'give name or scenario (one of them)', params: { es: 'dé name o scenario (uno de los dos)' }, path: ['name'] });

const Band = z.object({ median: z.number(), lower80: z.number(), upper80: z.number(), lower95: z.number(), upper95: z.number() }).openapi('ScenarioBand');
const Line = z.object({ label: z.string(), value: z.string(), note: z.string().nullable() });

export const ScenarioRunSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    levers: z.record(z.string(), z.unknown()).openapi({ description: 'the levers run, as in a scenario file' }),
    window: z.object({ from: z.string(), to: z.string() }).openapi({ description: 'the calibration window, YYYY-MM' }),
    months: z.array(z.string()).openapi({ description: 'the simulated months, YYYY-MM' }),
    draws: z.number(),
    leverNeutral: z
      .record(z.string(), z.number())
      .openapi({ description: "each lever's value at no change: 1 for a multiplier; for a share (expelSA, expelFMUA, expelUC), the share the US sent back in the window's last three months, all groups together (the model card gives it by group)" }),
    paths: z.array(z.object({ id: z.string(), label: z.string(), points: z.array(z.object({ month: z.string(), scenario: Band, baseline: Band, actual: z.number().nullable() })) })),
    states: z
      .array(z.object({ state: z.string(), label: z.string(), months: z.array(z.object({ month: z.string(), intoMexico: Band, nonMexicans: Band, waiting: Band, baselineIntoMexico: Band, baselineWaiting: Band })) }))
      .openapi({ description: "people sent back into each of Mexico's northern border states, and waiting there (end of month)" }),
    differences: z.array(z.object({ id: z.string(), label: z.string(), scenario: z.number(), baseline: z.number(), difference: z.number(), percent: z.number().nullable() })),
    modelCard: z.object({ model: z.string(), window: z.object({ from: z.string(), to: z.string() }), draws: z.number(), estimates: z.array(Line), assumptions: z.array(Line), structural: z.array(z.string()) }),
    gaps: z.array(z.object({ stage: z.string(), label: z.string().openapi({ description: 'the stage, in the language asked for' }), months: z.array(z.string()), note: z.string() })),
    sources: z
      .array(z.object({ id: z.string(), series: z.string().openapi({ description: 'what the series is, in the language asked for' }), sources: z.array(z.string()), vintages: z.array(z.object({ source: z.string(), dataset: z.string(), vintage: z.number() })) }))
      .openapi({ description: 'the series the scenario read, with the datasets and vintages that answered them (the X-Corridor-Sources header lists the same vintages)' }),
  })
  .openapi('ScenarioRun');

const bi = (b: { en: string; es: string }, l: 'en' | 'es') => b[l];

/** Each lever's value at no change (what its slider shows before it is moved). */
export function leverNeutral(run: Pick<ScenarioRun, 'estimates'>): Record<string, number> {
  const share = (d: number) => Math.round(1000 * (run.estimates.expelShareAll[d] ?? 0)) / 1000;
  return Object.fromEntries(LEVERS.map((x) => [x.id, x.id === 'expelSA' ? share(0) : x.id === 'expelFMUA' ? share(1) : x.id === 'expelUC' ? share(2) : 1]));
}

export function presentRun(run: ScenarioRun, l: 'en' | 'es'): z.infer<typeof ScenarioRunSchema> {
  const line = (x: { label: { en: string; es: string }; value: string; note?: { en: string; es: string } }) => ({ label: bi(x.label, l), value: x.value, note: x.note ? bi(x.note, l) : null });
  return {
    lang: l,
    name: run.scenario.name,
    title: bi(run.scenario.title, l),
    description: bi(run.scenario.description, l),
    levers: run.scenario.levers as Record<string, unknown>,
    window: run.window,
    months: run.months,
    draws: run.draws,
    leverNeutral: leverNeutral(run),
    paths: run.paths.map((p) => ({ id: p.id, label: bi(p.label, l), points: p.points })),
    states: run.states.map((s) => ({ state: s.state, label: bi(s.label, l), months: s.months })),
    differences: run.differences.map((d) => ({ ...d, label: bi(d.label, l) })),
    modelCard: {
      model: bi(run.modelCard.model, l),
      window: run.modelCard.window,
      draws: run.modelCard.draws,
      estimates: run.modelCard.estimates.map(line),
      assumptions: run.modelCard.assumptions.map(line),
      structural: run.modelCard.structural.map((s) => bi(s, l)),
    },
    gaps: run.gaps.map((g) => ({ stage: g.stage, label: gapStageLabel(g.stage, l), months: g.months, note: bi(g.note, l) })),
    sources: run.sources.map((x) => ({ id: x.id, series: bi(x.series, l), sources: x.sources, vintages: x.vintages })),
  };
}

export const scenarioRoute = createRoute({
  method: 'get',
  path: '/api/scenario',
  tags: ['analysis'],
  summary: 'Run a what-if scenario of the corridor (read-only)',
  description: 'Calibrates the corridor flow model on the store, then simulates the scenario and the no-change baseline with the same bootstrap draws: monthly paths with 80% and 95% bands beside the actuals, people sent back into each Mexican border state and waiting there, a difference table and the model card. docs/SCENARIOS.md explains the model.',
  request: { query: scenarioParams },
  responses: { 200: { description: 'the scenario run', content: { 'application/json': { schema: ScenarioRunSchema } } }, ...errorResponses },
});

export const scenariosRoute = createRoute({
  method: 'get',
  path: '/api/scenarios',
  tags: ['analysis'],
  summary: 'The shipped scenarios, the levers and the assumptions',
  request: { query: z.object({ lang }).strict() },
  responses: {
    200: {
      description: 'scenarios and levers',
      content: {
        'application/json': {
          schema: z
            .object({
              scenarios: z.array(z.object({ name: z.string(), file: z.string(), title: z.string(), description: z.string(), levers: z.record(z.string(), z.unknown()).openapi({ description: "the scenario's own levers, as in its file" }) })),
              levers: z.array(z.object({ id: z.string(), kind: z.enum(['multiplier', 'share']), min: z.number(), max: z.number(), step: z.number(), label: z.string(), definition: z.string() })),
              assumptions: z.array(z.object({ id: z.string(), default: z.number(), label: z.string(), why: z.string() })),
            })
            .openapi('ScenarioCatalogue'),
        },
      },
    },
    ...errorResponses,
  },
});

const BackcastSchema = z
  .object({
    id: z.string(),
    policy: z.string(),
    calibratedFrom: z.string(),
    calibratedTo: z.string(),
    months: z.array(z.string()),
    metric: z.string(),
    scenarioError: z.number(),
    baselineError: z.number(),
    improvement: z.number(),
    scenarioPercentError: z.number(),
    baselinePercentError: z.number(),
    howLeversWereSet: z.string(),
    levers: z.record(z.string(), z.unknown()),
    points: z.array(z.object({ month: z.string(), actual: z.number().nullable(), scenario: z.number(), scenarioLower80: z.number(), scenarioUpper80: z.number(), baseline: z.number() })),
  })
  .openapi('ScenarioBackcast');

export const backcastRoute = createRoute({
  method: 'get',
  path: '/api/scenario/backcast',
  tags: ['analysis'],
  summary: "The scenario model's back-casts of past policy changes, against the no-change baseline",
  request: { query: z.object({ lang }).strict() },
  responses: { 200: { description: 'one back-cast a policy change', content: { 'application/json': { schema: z.array(BackcastSchema) } } }, ...errorResponses },
});

/** `what` as JSON; a fault says what was expected and what was found (cut short). */
function parseJson(text: string, what: string, expected: { en: string; es: string }): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
    throw new UsageError(
      `${what}: expected ${expected.en}, found ${shown}, which is not valid JSON (${jsonFault(e)})`,
      `${what}: se esperaba ${expected.es}, se encontró ${shown}, que no es JSON válido (${jsonFaultEs(e)})`,
    );
  }
}

const SCENARIO_JSON = { en: 'a whole scenario as JSON, as in scenarios/*.json', es: 'un escenario completo en JSON, como en scenarios/*.json' };
const LEVERS_JSON = {
  en: 'the levers as a JSON object, e.g. {"enforcementSouth":{"value":1.5,"from":"2021-04"}}, or as id=value pairs joined by commas, e.g. enforcementSouth=2',
  es: 'un objeto JSON de palancas, p. ej. {"enforcementSouth":{"value":1.5,"from":"2021-04"}}, o pares id=valor separados por comas, p. ej. enforcementSouth=2',
};

/** Errors in a scenario are the user's to fix: 400, with the field named. */
function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.message, inputErrorInSpanish(e));
    throw e;
  }
}

/**
 * The scenario a request asks for: a shipped one by name (never a file) or a whole scenario,
 * with `levers` in place of its own: a JSON object replaces them all; "id=value,..." (the form
 * /api/reception and the CLI take, parsed by the same parser) replaces the levers it names,
 * starting in the first simulated month unless a month is given (`firstMonth`, read from the store).
 */
export async function scenarioFromQuery(p: z.infer<typeof scenarioParams>, firstMonth: (s: Scenario) => Promise<string>): Promise<Scenario> {
  const base = asUsage(() => (p.name ? shippedScenario(p.name) : parseScenario(parseJson(p.scenario!, 'scenario', SCENARIO_JSON), 'scenario')));
  const levers = p.levers?.trim();
  if (!levers) return base;
  if (levers.startsWith('{')) return asUsage(() => parseScenario({ ...base, levers: parseJson(levers, 'levers', LEVERS_JSON) }, 'levers'));
  // Their writing is checked before the store is read for the first simulated month (a lever without a month starts then).
  checkLeverList(levers);
  withLevers(base, levers, '2000-01');
  return withLevers(base, levers, await firstMonth(base));
}

export function registerScenario(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  const prepared = preparedScenarios(opts.conn);
  let backcasts: { version: string; found: Promise<BackcastResult[]> } | undefined;
  app.openapi(scenariosRoute, (c) => {
    const l = c.req.valid('query').lang;
    return c.json(
      {
        scenarios: listScenarios().map((s) => ({ name: s.name, file: s.file, title: bi(s.title, l), description: bi(s.descriptions, l), levers: shippedScenario(s.name).levers as Record<string, unknown> })),
        levers: LEVERS.map((x) => ({ id: x.id, kind: x.kind, min: x.min, max: x.max, step: x.step, label: bi(x.label, l), definition: bi(x.definition, l) })),
        assumptions: Object.entries(ASSUMPTION_TEXT).map(([id, t]) => ({ id, default: DEFAULT_ASSUMPTIONS[id as keyof typeof DEFAULT_ASSUMPTIONS], label: bi(t.label, l), why: bi(t.why, l) })),
      },
      200,
    );
  });
  app.openapi(scenarioRoute, async (c) => {
    const p = c.req.valid('query');
    const scenario = await scenarioFromQuery(p, async (s) => addMonth((await resolveWindow(opts.conn, s)).to, 1));
    const run = applyLevers(await prepared(c.var.catalogue.version, scenario), scenario);
    // The header names the vintages the scenario read, not every source in the store.
    c.set('sources', usedVintages(run.sources.flatMap((x) => x.vintages)));
    return c.json(presentRun(run, p.lang), 200);
  });
  app.openapi(backcastRoute, async (c) => {
    const l = c.req.valid('query').lang;
    if (!backcasts || backcasts.version !== c.var.catalogue.version) backcasts = { version: c.var.catalogue.version, found: runBackcasts(opts.conn) };
    const results = await backcasts.found;
    return c.json(
      results.map((b) => ({
        id: b.id,
        policy: l === 'es' ? b.policyEs : b.policy,
        calibratedFrom: b.calibratedFrom,
        calibratedTo: b.calibratedTo,
        months: b.months,
        metric: l === 'es' ? b.metricEs : b.metric,
        scenarioError: b.scenarioError,
        baselineError: b.baselineError,
        improvement: b.improvement,
        scenarioPercentError: b.scenarioPercentError,
        baselinePercentError: b.baselinePercentError,
        howLeversWereSet: bi(b.howLeversWereSet, l),
        levers: b.levers as Record<string, unknown>,
        points: b.points,
      })),
      200,
    );
  });
}
