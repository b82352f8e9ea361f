/**
 * The models the framework runs, each with a version: the first 12 hex digits of the
 * sha256 of its source files (modelSourceFiles), so that back-test results stored in
 * the store say which code produced them and can be compared over time.
 *
 * The models are those of the @corridor/forecast package (packages/forecast: one model per
 * file in its src/models, listed in src/models/index.ts).
 */
import { sourcePath } from '../../source-path.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createArimaModel, forecastModels, type ForecastModel } from '@corridor/forecast';
import { ARIMA_SEARCH } from './arima-search.js';
import { combinationModel, combinedIds } from './combination.js';

export const MODEL_IDS = ['snaive', 'ets', 'theta', 'arima', 'mstl'] as const;

/**
 * Models that read the corridor upstream (lagged regressors, nationality series): built per
 * series from the store by upstream/models.ts (loadUpstreamModels), not by loadModels, and
 * not part of the standard back-test or the default (README, "The corridor upstream").
 */
export const UPSTREAM_MODEL_IDS = ['leading', 'nationality-bu', 'nationality-mint'] as const;

export interface RegisteredModel {
  model: ForecastModel;
  version: string;
}

export function sourceVersion(...files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

const cache = new Map<string, Promise<RegisteredModel[]>>();

export interface LoadModelOptions {
  /** Model ids to leave out (their files are not loaded); the combination is built from those left. */
  exclude?: readonly string[];
}

/**
 * Models left out of back-tests and forecasts unless CORRIDOR_FORECAST_EXCLUDE says
 * otherwise: none. ARIMA used to be left out because its order search took 1-5 s a fit;
 * corridor's restricted CSS search (arima-search.ts) takes 6-40 ms on the southwest
 * series' training windows (bench/forecast-arima.ts), so it joins the back-tests and the
 * combination. Set CORRIDOR_FORECAST_EXCLUDE=arima (ids separated by commas) to leave a model out.
 */
export const DEFAULT_EXCLUDE: readonly string[] = [];

/** CORRIDOR_FORECAST_EXCLUDE (model ids separated by commas) when set, else DEFAULT_EXCLUDE. */
export function excludedByEnvironment(): string[] {
  const env = process.env.CORRIDOR_FORECAST_EXCLUDE;
  if (env === undefined) return [...DEFAULT_EXCLUDE];
  return env.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * The models of the package, in MODEL_IDS order, then the combination of those
 * combination.ts combines (combinedIds: ETS and Theta), when at least two are present.
 */
export function loadModels(opts: LoadModelOptions = {}): Promise<RegisteredModel[]> {
  const exclude = new Set(opts.exclude ?? excludedByEnvironment());
  const key = [...exclude].sort().join(',');
  if (!cache.has(key)) cache.set(key, Promise.resolve(load(exclude)));
  return cache.get(key)!;
}

/**
 * The source files a model's version covers: its own file, its helpers named after it
 * (ets-core.ts...) and the shared helpers of the package's models folder (every file not named after
 * another model), so that a change to any code the model runs changes its version.
 */
export function modelSourceFiles(id: string, dir: string): string[] {
  const others = MODEL_IDS.filter((m) => m !== id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) => !others.some((o) => f === `${o}.ts` || f.startsWith(`${o}-`)))
    .sort()
    .map((f) => join(dir, f));
}

/** The package's folder of model sources (its entry is src/index.ts; the models are in src/models). */
export function modelSourceDir(): string {
  // Resolved from this module's TypeScript source: the compiled build has its own compiled copy of the package.
  return join(dirname(createRequire(sourcePath('./registry.ts', import.meta.url)).resolve('@corridor/forecast')), 'models');
}

function load(exclude: Set<string>): RegisteredModel[] {
  const dir = modelSourceDir();
  const found: RegisteredModel[] = [];
  const files: Record<string, string[]> = {};
  for (const id of MODEL_IDS) {
    if (exclude.has(id)) continue;
    // ARIMA runs with corridor's restricted search (arima-search.ts), whose file is part of its version.
    const model = id === 'arima' ? createArimaModel(ARIMA_SEARCH) : forecastModels[id];
    files[id] = [...modelSourceFiles(id, dir), ...(id === 'arima' ? [sourcePath('./arima-search.ts', import.meta.url)] : [])];
    found.push({ model, version: sourceVersion(...files[id]) });
  }
  const ids = combinedIds(found.map((r) => r.model.id));
  const members = found.filter((r) => ids.includes(r.model.id));
  if (members.length >= 2 && !exclude.has('combination')) {
    const own = sourcePath('./combination.ts', import.meta.url);
    found.push({
      model: combinationModel(members.map((m) => m.model)),
      version: sourceVersion(own, ...members.flatMap((m) => files[m.model.id])),
    });
  }
  return found;
}

/** Registers models given in code (tests, benchmarks) with a version derived from their ids. */
export function registerModels(models: readonly ForecastModel[], version = 'test'): RegisteredModel[] {
  return models.map((model) => ({ model, version }));
}
