/**
 * The key a finished forecast is stored under (results-store.ts, forecast_outputs): a hash
 * of everything the forecast depends on, so that a stored forecast is reused only when
 * nothing changed: the series as extracted from the store (values, their sources, the
 * months left out: a new data vintage changes them), the request's options, every model's
 * version (registry.ts) and the framework's own code (this folder's sources: the window
 * rule, calibration, bands, the card's words; and upstream/'s, where the nowcast that fills
 * unpublished months before a forecast lives).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourcePath } from '../../source-path.js';
import type { RegisteredModel } from './registry.js';
import type { MonthlySeries } from './series.js';

let frameworkVersion: string | undefined;

/** The framework's source files a stored forecast depends on: this folder's and upstream/'s (tests left out), paths relative to this folder. */
export function frameworkSourceFiles(): string[] {
  const dir = dirname(sourcePath('./forecast-key.ts', import.meta.url));
  return ['', 'upstream'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => join(sub, f)),
  );
}

/** sha256 prefix of frameworkSourceFiles' names and contents, computed once a process. */
export function forecastFrameworkVersion(): string {
  if (frameworkVersion) return frameworkVersion;
  const dir = dirname(sourcePath('./forecast-key.ts', import.meta.url));
  const hash = createHash('sha256');
  for (const f of frameworkSourceFiles()) hash.update(f).update(readFileSync(join(dir, f)));
  frameworkVersion = hash.digest('hex').slice(0, 12);
  return frameworkVersion;
}

export function forecastKey(series: MonthlySeries, registered: readonly RegisteredModel[], options: Record<string, unknown>): string {
  const { id, start, values, sources, droppedAtEnd, startsAfter } = series;
  return createHash('sha256')
    .update(JSON.stringify({ id, start, values, sources, droppedAtEnd, startsAfter }))
    .update(JSON.stringify(options))
    .update(registered.map((r) => `${r.model.id}@${r.version}`).join(','))
    .update(forecastFrameworkVersion())
    .digest('hex')
    .slice(0, 24);
}
