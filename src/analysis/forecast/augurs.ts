/**
 * Loads augurs' changepoint module (Rust compiled to WebAssembly). In Node the
 * module's default `init()` tries to fetch its .wasm and fails, so the .wasm is read
 * from disk beside the module and instantiated synchronously, once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ChangepointDetector, initSync } from '@bsull/augurs/changepoint';

let initialised = false;

function ensureInitialised(): void {
  if (initialised) return;
  const entry = createRequire(import.meta.url).resolve('@bsull/augurs/changepoint');
  initSync({ module: readFileSync(join(dirname(entry), 'changepoint_bg.wasm')) });
  initialised = true;
}

/**
 * Indices of the most likely changepoints of `y` under augurs' Bayesian online
 * changepoint detector with a Normal-Gamma prior (Adams & MacKay 2007). Index i
 * means a new regime starts at y[i]; index 0 (the start) is never returned.
 * `hazardLambda` is the expected run length between changes (augurs' default 250).
 */
export function bocpdChangepoints(y: readonly number[], hazardLambda = 250): number[] {
  if (y.length < 3) return [];
  ensureInitialised();
  const detector = ChangepointDetector.normalGamma({ hazardLambda });
  try {
    return detector.detectChangepoints(Float64Array.from(y)).indices.filter((i) => i > 0);
  } finally {
    detector.free();
  }
}
