/**
 * corridor scenario as a person runs it (registered on a program here, as main.ts does):
 * `list` in the JSON shape the issue fixes, and a bad scenario file refused before the store is
 * opened, with one error naming the field and nothing printed. The runs and back-casts on the
 * real store are tested in test/e2e/scenario-mirror.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerScenario } from '../../src/cli/commands/scenario.js';

async function corridor(...args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command('corridor').option('--db <path>').exitOverride();
    registerScenario(program);
    await program.parseAsync(['node', 'corridor', '--db', join(tmpdir(), 'no-such-corridor-store.duckdb'), ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}
afterAll(() => vi.restoreAllMocks());

describe('corridor scenario', () => {
  it('lists the shipped scenarios as [{ name, file, description }]', async () => {
    const list = JSON.parse(await corridor('scenario', 'list', '--format', 'json'));
    expect(list.length).toBeGreaterThanOrEqual(4);
    for (const s of list) expect(Object.keys(s).sort()).toEqual(['description', 'file', 'name']);
    expect(list.find((s: { name: string }) => s.name === 'seed-2021-04').file).toBe('scenarios/seed-2021-04.json');
  });

  it('refuses a lever out of range before opening the store, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-cli-'));
    const file = join(dir, 'too-much.json');
    writeFileSync(file, JSON.stringify({ name: 'too-much', title: { en: 'a', es: 'b' }, description: { en: 'a', es: 'b' }, levers: { reattempt: { value: 4, from: '2021-04' } } }));
    let printed = '';
    await expect(
      (async () => {
        printed = await corridor('scenario', 'run', file, '--format', 'json');
      })(),
    ).rejects.toThrow(/too-much\.json, field "levers\.reattempt\.value": expected a number from 0 to 3, found 4/);
    expect(printed).toBe('');
  });

  it('says in words what a missing field should be, before opening the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-cli-'));
    const file = join(dir, 'untitled.json');
    writeFileSync(file, JSON.stringify({ name: 'untitled', description: { en: 'a', es: 'b' }, levers: { enforcementSouth: { value: 'abc', from: '2021-04' } } }));
    const run = corridor('scenario', 'run', file, '--format', 'json');
    await expect(run).rejects.toThrow('invalid scenario in untitled.json, field "title": expected the text in English and in Spanish, {"en": "…", "es": "…"}, found nothing (the field is required)');
    await expect(run).rejects.not.toThrow(/Invalid input|received/);
  });
});
