/**
 * Printing without playwright-core (a dependency since `corridor reception brief` loads it, but
 * an install may lack it, or a Chromium it can drive):
 * one UsageError saying what to install and the --html way round, never a module stack.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { UsageError } from '../../errors.js';

vi.mock('playwright-core', () => {
  throw new Error("Cannot find package 'playwright-core'");
});

afterEach(() => vi.unstubAllEnvs());

it('says to install playwright-core, or to write the HTML, when it cannot be loaded', async () => {
  vi.stubEnv('CORRIDOR_CHROMIUM', process.execPath); // a file that exists: the check before the import passes
  const { htmlToPdf } = await import('./print.js');
  const failed = await htmlToPdf('<p>x</p>').catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(UsageError);
  expect((failed as Error).message).toMatch(/needs the npm package playwright-core \("npm install playwright-core"\); --html FILE works without it/);
});
