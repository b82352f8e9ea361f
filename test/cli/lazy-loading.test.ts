/**
 * The CLI loads what a command needs and no more: every command is listed in
 * src/cli/commands.ts (so it can be loaded alone), and a query loads none of the heavy
 * packages (spreadsheets, the HTTP API, forecasting, logging, the dashboard's build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { buildFixtureStore } from '../api/fixture-store.js';

const HEAVY = ['exceljs', 'hono', '@hono', 'zod', '@bsull/augurs', 'highs', 'pino', 'cli-progress', 'vite', '@observablehq'];

describe('loading the CLI', () => {
  it('lists every command in src/cli/commands.ts, and each name loads a module that registers it', async () => {
    const all = new Command('corridor');
    for (const register of new Set(await Promise.all(Object.values(COMMANDS).map((load) => load())))) register(all);
    expect(all.commands.map((c) => c.name()).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const [name, load] of Object.entries(COMMANDS)) {
      const one = new Command('corridor');
      (await load())(one);
      expect(one.commands.map((c) => c.name())).toContain(name);
    }
  });

  it('runs a query without loading any heavy package', async () => {
    const db = await buildFixtureStore();
    const trace = join(mkdtempSync(join(tmpdir(), 'corridor-trace-')), 'modules.txt');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', './test/fixtures/trace-imports.mjs', 'src/cli/main.ts', '--db', db, 'query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--source', 'toy'],
      { encoding: 'utf8', env: { ...process.env, CORRIDOR_TRACE_IMPORTS: trace } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('toy/monthly');
    const packages = new Set(readFileSync(trace, 'utf8').split('\n').flatMap((url) => {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
      return m ? [m[1]] : [];
    }));
    expect(packages.has('commander')).toBe(true); // the trace works
    expect([...packages].filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`)))).toEqual([]);
    // DuckDB's client is required (src/store/open.ts), never imported as ESM, which makes Node lex
    // every one of its CommonJS files; the country list loads only when a typed name needs a guess.
    expect(packages.has('@duckdb/node-api')).toBe(false);
    expect(readFileSync(trace, 'utf8')).not.toMatch(/store\/dimensions\/countries/);
  });
});
