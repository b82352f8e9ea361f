/**
 * Levers written id=value,... that each part alone reads but the list does not: a lever named
 * twice (the last silently won: enforcementSouth=2,enforcementSouth=3 ran 3), a decimal written
 * with a comma as Spanish writes it (enforcementSouth=1,5 was refused as 'not "5"'), a value that
 * is a number only to JavaScript (0x2 ran as 2). The command line and the API refuse each,
 * saying what to write, in English and in Spanish, before the store is opened.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkLeverList } from '../../src/analysis/scenario/lever-list.js';
import { scenarioFromQuery } from '../../src/api/routes/scenario.js';
import { registerScenario } from '../../src/cli/commands/scenario.js';
import { UsageError } from '../../src/errors.js';
import { runCommand } from './run-in-process.js';

const corridor = (...args: string[]) => runCommand(join(tmpdir(), 'no-such-corridor-store.duckdb'), [registerScenario], ...args);
const refusal = (text: string) => {
  try {
    checkLeverList(text);
  } catch (e) {
    return e as UsageError;
  }
  return null;
};

describe('a list of levers', () => {
  it('refuses a lever given twice, naming both, in both languages', () => {
    const e = refusal('enforcementSouth=2,familyAcceptance=3,enforcementSouth=3');
    expect(e).toBeInstanceOf(UsageError);
    expect(e!.message).toBe('the lever enforcementSouth is given twice ("enforcementSouth=2" and "enforcementSouth=3"): give each lever once');
    expect(e!.es).toBe('la palanca enforcementSouth aparece dos veces ("enforcementSouth=2" y "enforcementSouth=3"): dé cada palanca una sola vez');
  });

  it('says a decimal is written with a point where a comma split it', () => {
    const e = refusal('familyAcceptance=3,enforcementSouth=1,5');
    expect(e!.message).toBe('a decimal in a lever is written with a point, not a comma (commas separate the levers): enforcementSouth=1.5, not 1,5');
    expect(e!.es).toBe('un decimal en una palanca se escribe con punto, no con coma (las comas separan las palancas): enforcementSouth=1.5, no 1,5');
  });

  it('takes only numbers written with digits', () => {
    expect(refusal('enforcementSouth=0x2')!.message).toBe('the lever enforcementSouth takes a number written with digits and a decimal point (e.g. 1.5), not "0x2"');
    expect(refusal('enforcementSouth=Infinity')!.es).toBe('la palanca enforcementSouth lleva un número escrito con cifras y punto decimal (p. ej. 1.5), no "Infinity"');
    for (const fine of ['enforcementSouth=1.5,familyAcceptance=3:2021-06', 'enforcementSouth=.5', 'familyAcceptance=2.', ' departures = 0.8 ', '{"enforcementSouth":{"value":2,"from":"2021-04"}}', '']) expect(refusal(fine), fine).toBeNull();
  });

  it('is refused so by the command line before the store is opened, and by the API', async () => {
    await expect(corridor('scenario', 'run', 'seed-2021-04', '--levers', 'enforcementSouth=2,enforcementSouth=3')).rejects.toThrow('the lever enforcementSouth is given twice');
    await expect(corridor('scenario', 'run', 'seed-2021-04', '--levers', 'enforcementSouth=1,5')).rejects.toThrow('enforcementSouth=1.5, not 1,5');
    const api = (levers: string) => scenarioFromQuery({ name: 'seed-2021-04', lang: 'en', levers }, async () => '2021-04');
    await expect(api('enforcementSouth=2,enforcementSouth=3')).rejects.toThrow('the lever enforcementSouth is given twice');
    await expect(api('enforcementSouth=0x2')).rejects.toThrow('not "0x2"');
    await expect(api('enforcementSouth=1.5')).resolves.toMatchObject({ levers: { enforcementSouth: { value: 1.5 } } });
  });
});
