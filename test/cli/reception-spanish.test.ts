/**
 * The reception tables a person reads under --lang es hold no English value (the alerts' type,
 * the solver's status, the occupancy CSV's columns), and the English ones no Spanish; on a plan
 * made by hand (no store needed).
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/analysis/reception/plan.js';
import type { Alert } from '../../src/analysis/reception/types.js';
import { ALERT_TYPE_LABELS, alertRecords, occupancyRows, summary } from '../../src/cli/commands/reception.js';

const alert = (type: Alert['type'], extra: Partial<Alert>): Alert => ({ type, city: 'MX-02004', week: '2026-06-01', weeks: 2, message: { en: 'm', es: 'm' }, ...extra });
const plan = (status: string) =>
  ({
    weeks: ['2026-06-01', '2026-06-08'],
    cities: [{ code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.5, lon: -117 }],
    sites: [{ id: 'casa-a', name: 'Casa A', city: 'MX-02004', capacity: [40, 40], occupancy: [40, 12] }],
    arrivals: [{ week: '2026-06-01', city: 'MX-02004', kind: 'men', people: 60, units: 60 }],
    assignments: [],
    unmet: [],
    alerts: [alert('shortfall', { kind: 'minors', people: 7, bedsMissing: 3 }), alert('site-full', { site: 'casa-a' })],
    assumptions: [],
    solver: { status, optimal: status === 'optimal', seconds: 0.1, variables: 10, rows: 5, unmetPeople: 7, unmetLowerBound: 7, personKm: 0 },
  }) as unknown as Plan;

describe('reception in Spanish and English', () => {
  it('names every type of alert in Spanish, and keeps the English names in English', () => {
    const p = plan('optimal');
    expect(alertRecords(p, p.alerts, 'es').map((r) => [r.tipo, r['quién o dónde']])).toEqual([['faltan camas', 'niñas, niños y adolescentes no acompañados'], ['sitio lleno', 'Casa A']]);
    expect(alertRecords(p, p.alerts, 'en').map((r) => r.type)).toEqual(['shortfall', 'site-full']);
    // Every type the analysis has, in both languages (Record<Alert['type'], ...> makes a new one a type error here).
    for (const label of Object.values(ALERT_TYPE_LABELS)) expect(label.es).not.toBe(label.en);
  });

  it("says the solver's status in the reader's language", () => {
    expect(summary(plan('optimal'), 'es').split('\n')[1]).toBe('HiGHS: óptimo, 10 variables, 5 restricciones, 0.10 s.');
    expect(summary(plan('optimal'), 'en').split('\n')[1]).toBe('HiGHS: optimal, 10 variables, 5 rows, 0.10 s.');
    expect(summary(plan('timeLimit'), 'es')).toContain('HiGHS: se alcanzó el límite de tiempo,');
    expect(summary(plan('timeLimit'), 'en')).toContain('HiGHS: time limit reached,');
    expect(summary(plan('feasible'), 'es')).toContain('HiGHS: factible, sin probar que sea óptimo,');
  });

  it('a plan of weeks INM recorded says at once, under its first line, that it is a replay, in the reader\'s language', () => {
    const p = plan('optimal');
    p.assumptions = [{ id: 'replay', basis: 'data', value: {}, text: { en: 'Replay: the planned weeks of 2 to 9 June 2025 are in INM\'s data.', es: 'Repetición: las semanas planeadas del 2 al 9 de junio de 2025 están en los datos del INM.' } }];
    expect(summary(p, 'en').split('\n')[1]).toBe("Replay: the planned weeks of 2 to 9 June 2025 are in INM's data.");
    expect(summary(p, 'es').split('\n')[1]).toBe('Repetición: las semanas planeadas del 2 al 9 de junio de 2025 están en los datos del INM.');
    // A plan of the weeks after the data has no such line.
    expect(summary(plan('optimal'), 'en').split('\n')).toHaveLength(2);
  });

  it('a start given on another day than its Monday is named with the Monday its week begins on (it was moved without a word), in words', () => {
    expect(summary(plan('optimal'), 'en', '2026-06-03').split('\n')[0]).toMatch(/^Plan of 2 weeks from the week of 3 June 2026 \(Monday 1 June 2026\): /);
    expect(summary(plan('optimal'), 'es', '2026-06-03').split('\n')[0]).toMatch(/^Plan de 2 semanas desde la semana del 3 de junio de 2026 \(lunes 1 de junio de 2026\): /);
    // A Monday, or no start given: the week, in words (was "from 2026-06-01", "desde el 2026-06-01").
    expect(summary(plan('optimal'), 'en', '2026-06-01').split('\n')[0]).toMatch(/^Plan of 2 weeks from the week of 1 June 2026: /);
    expect(summary(plan('optimal'), 'es').split('\n')[0]).toMatch(/^Plan de 2 semanas desde la semana del 1 de junio de 2026: /);
  });

  it("heads the occupancy CSV in the reader's language, as the alerts' CSV is", () => {
    expect(Object.keys(occupancyRows(plan('optimal'), 'es')[0])).toEqual(['sitio', 'nombre', 'ciudad', 'semana', 'capacidad', 'ocupación']);
    expect(occupancyRows(plan('optimal'), 'en')[1]).toEqual({ site: 'casa-a', name: 'Casa A', city: 'MX-02004', week: '2026-06-08', capacity: 40, occupancy: 12 });
  });
});
