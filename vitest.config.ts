import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'packages/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/fast-check-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is one file at a time, which leaves a core idle while a
    // file imports its modules or waits on a browser: two at a time halved the suite (686 -> 327 s).
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
  },
});
