/**
 * A lever outside the simulated months would change nothing: it is refused, naming the lever,
 * its month and the simulated months, in English and Spanish; a lever that starts inside them
 * and ends after them runs.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import { monthSpans } from './months.js';
import { checkLeverMonths, simulatedMonths } from './run.js';
import { parseScenario } from './scenario-file.js';

const months = simulatedMonths('2021-03', 12);
const scenario = (levers: unknown, horizon?: number) =>
  parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { to: '2021-03' }, ...(horizon ? { horizon } : {}), levers }, 't.json');

function refusal(levers: unknown): UsageError {
  try {
    checkLeverMonths(scenario(levers), months);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('no error');
}

describe('levers and the simulated months', () => {
  it('simulates the horizon months after the window', () => {
    expect(months[0]).toBe('2021-04');
    expect(months.at(-1)).toBe('2022-03');
  });

  it('refuses a lever that starts after the simulated months, naming it, its month and the months, in both languages', () => {
    const late = refusal({ enforcementSouth: { value: 3, from: '2025-04' } });
    expect(late.message).toBe('the lever enforcementSouth starts in 2025-04 (levers.enforcementSouth.from), after the simulated months 2021-04 to 2022-03: it would change nothing; expected a "from" from 2021-04 to 2022-03, found "2025-04"');
    expect(late.es).toBe('la palanca enforcementSouth empieza en 2025-04 (levers.enforcementSouth.from), después de los meses simulados 2021-04 a 2022-03: no cambiaría nada; se esperaba un "from" de 2021-04 a 2022-03, se encontró "2025-04"');
    // Within reach of a longer horizon (at most 36 months), the error says how long.
    const near = refusal({ familyAcceptance: { value: 2, from: '2022-06' } });
    expect(near.message).toContain('(or a "horizon" of at least 15 months)');
    expect(near.es).toContain('(o un "horizon" de al menos 15 meses)');
  });

  it('refuses a lever that ends before the simulated months', () => {
    const early = refusal({ capacity: { value: 2, from: '2020-01', to: '2020-12' } });
    expect(early.message).toBe('the lever capacity ends in 2020-12 (levers.capacity.to), before the simulated months 2021-04 to 2022-03: it would change nothing; expected a "to" no earlier than 2021-04, found "2020-12"');
    expect(early.es).toBe('la palanca capacity termina en 2020-12 (levers.capacity.to), antes de los meses simulados 2021-04 a 2022-03: no cambiaría nada; se esperaba un "to" no anterior a 2021-04, se encontró "2020-12"');
  });

  it('runs a lever starting inside the months and ending after them, or starting before and running into them', () => {
    expect(() => checkLeverMonths(scenario({ enforcementSouth: { value: 2, from: '2022-03', to: '2030-01' } }), months)).not.toThrow();
    expect(() => checkLeverMonths(scenario({ enforcementSouth: { value: 2, from: '2020-01' }, capacity: { value: 2, from: '2020-01', to: '2021-04' } }), months)).not.toThrow();
    expect(() => checkLeverMonths(scenario({}), months)).not.toThrow();
  });

  it('writes months as runs of consecutive months', () => {
    expect(monthSpans(['2019-03', '2019-01', '2019-02', '2019-05'], 'en')).toBe('2019-01 to 2019-03, 2019-05');
    expect(monthSpans(['2019-01', '2019-02'], 'es')).toBe('2019-01 a 2019-02');
  });
});
