/**
 * corridor reception --levers read as corridor scenario run reads them (audit of 7 December 2026).
 * Before, `reception plan --scenario seed-2021-04 --levers enforcementSouth=2,enforcementSouth=3`
 * silently ran 3 and `enforcementSouth=0x2` ran 2, while `corridor scenario run` refused both; and
 * `--levers none` (what the Scenarios page writes when every lever is put back: no lever runs) was
 * refused as 'a lever is written id=value ..., not "none"'. Now the reception commands refuse the
 * same lists with the same words, in English and Spanish, before the store is opened (one check,
 * `checkLeverList`, inside the one reader, `withLevers`), and "none" runs no lever, as the API does.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerReception } from '../../src/cli/commands/reception.js';
import { registerScenario } from '../../src/cli/commands/scenario.js';
import { UsageError } from '../../src/errors.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand } from './run-in-process.js';

const NO_STORE = join(tmpdir(), 'no-such-corridor-store.duckdb');

async function refusal(register: typeof registerReception, ...args: string[]): Promise<UsageError> {
  try {
    await runCommand(NO_STORE, [register], ...args);
  } catch (e) {
    return e as UsageError;
  }
  throw new Error(`not refused: ${args.join(' ')}`);
}

describe('corridor reception --levers: the lists corridor scenario run refuses', () => {
  const lists = ['enforcementSouth=2,enforcementSouth=3', 'enforcementSouth=0x2', 'familyAcceptance=3,enforcementSouth=1,5'];

  it('are refused by plan, alerts, whatif and brief with the scenario command\'s words, in English and Spanish, before the store is opened', async () => {
    for (const levers of lists) {
      const scenario = await refusal(registerScenario, 'scenario', 'run', 'seed-2021-04', '--levers', levers);
      expect(scenario).toBeInstanceOf(UsageError);
      for (const command of [['plan'], ['alerts'], ['whatif', '--add-beds', 'campo-crea=10'], ['brief', '--html', join(tmpdir(), 'never-written.html')]]) {
        const e = await refusal(registerReception, 'reception', ...command, '--scenario', 'seed-2021-04', '--levers', levers);
        expect(e, `${command[0]} ${levers}`).toBeInstanceOf(UsageError);
        expect(e.message).toBe(scenario.message);
        expect(e.es).toBe(scenario.es);
      }
    }
    const twice = await refusal(registerReception, 'reception', 'plan', '--scenario', 'seed-2021-04', '--levers', 'enforcementSouth=2,enforcementSouth=3', '--lang', 'es');
    expect(twice.message).toBe('the lever enforcementSouth is given twice ("enforcementSouth=2" and "enforcementSouth=3"): give each lever once');
    expect(twice.es).toBe('la palanca enforcementSouth aparece dos veces ("enforcementSouth=2" y "enforcementSouth=3"): dé cada palanca una sola vez');
    const hex = await refusal(registerReception, 'reception', 'plan', '--scenario', 'seed-2021-04', '--levers', 'enforcementSouth=0x2');
    expect(hex.message).toBe('the lever enforcementSouth takes a number written with digits and a decimal point (e.g. 1.5), not "0x2"');
    expect(hex.es).toBe('la palanca enforcementSouth lleva un número escrito con cifras y punto decimal (p. ej. 1.5), no "0x2"');
  });
});

describeMirror('corridor reception --levers none', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  }, 120_000);

  it('runs no lever (was refused): the plan of an empty set of levers, said as changed by the user', async () => {
    const plan = async (levers: string) => JSON.parse(await runCommand(db, [registerReception], 'reception', 'plan', '--scenario', 'seed-2021-04', '--weeks', '2', '--levers', levers, '--format', 'json'));
    const none = await plan('none');
    const empty = await plan('{}');
    const own = JSON.parse(await runCommand(db, [registerReception], 'reception', 'plan', '--scenario', 'seed-2021-04', '--weeks', '2', '--format', 'json'));
    const scenario = (p: { assumptions: { id: string; value: { levers: unknown; leversChanged: unknown }; text: { en: string } }[] }) => p.assumptions.find((a) => a.id === 'scenario')!;
    expect(scenario(none).value.levers).toEqual({});
    expect(scenario(none).value.leversChanged).toBe('none');
    expect(scenario(none).text.en).toContain('levers: none (changed by the user)');
    expect(none.arrivals).toEqual(empty.arrivals);
    expect(none.unmet).toEqual(empty.unmet);
    // Not the scenario's own levers (seed-2021-04 moves two).
    expect(Object.keys(scenario(own).value.levers as object).length).toBeGreaterThan(0);
    expect(none.arrivals).not.toEqual(own.arrivals);
  }, 180_000);
});
