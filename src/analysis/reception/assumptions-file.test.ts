/**
 * The shipped assumptions are found from the package, not from the working directory:
 * `corridor reception plan` run from another folder (or the server started there) reads them.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS_FILE, readAssumptions } from './assumptions-file.js';

describe('default assumptions file', () => {
  it('is an absolute path to the package\'s data/reception/assumptions.json, whatever the working directory', () => {
    expect(isAbsolute(DEFAULT_ASSUMPTIONS_FILE)).toBe(true);
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    expect(DEFAULT_ASSUMPTIONS_FILE).toBe(join(root, 'data', 'reception', 'assumptions.json'));
    expect(existsSync(DEFAULT_ASSUMPTIONS_FILE)).toBe(true);
    expect(readAssumptions(DEFAULT_ASSUMPTIONS_FILE).maxKm).toBeGreaterThan(0);
  });
});
