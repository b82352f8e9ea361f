/**
 * Tests on the real data mirror. They run when CORRIDOR_MIRROR names the mirror
 * (CI sets it to ../shared/data) and are skipped, visibly, otherwise.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';

export const MIRROR = process.env.CORRIDOR_MIRROR;

if (!MIRROR) {
  // Printed once per test file that imports this module, so a skipped run is never silent.
  console.warn('CORRIDOR_MIRROR is not set: tests on the real data mirror are SKIPPED.');
}

/** `describe` that runs only when the mirror is available. */
export const describeMirror: typeof describe = (MIRROR ? describe : describe.skip) as typeof describe;

/** Absolute path of a mirror file ('us/...'); throws if the mirror lacks it. */
export function mirrorPath(relative: string): string {
  if (!MIRROR) throw new Error('CORRIDOR_MIRROR is not set');
  const p = join(MIRROR, relative);
  if (!existsSync(p)) throw new Error(`the mirror has no ${relative}`);
  return p;
}
