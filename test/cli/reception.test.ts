/**
 * corridor reception as a person runs it (registered on a program here, as main.ts does),
 * on a store loaded from the mirror: a user's registry and scenario, JSON in the shape the
 * issue gives, Spanish text, a what-if, and a bad registry stopping everything.
 */
import { runCommand } from './run-in-process.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { registerReception } from '../../src/cli/commands/reception.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-reception-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const registry = file(
  'shelters.csv',
  ['name,city,lat,lon,beds,beds_families,takes_men,takes_women,takes_families,takes_minors,dif', 'Casa A,Tijuana,32.53,-117.02,40,20,yes,yes,yes,no,no', 'DIF Tijuana,Tijuana,32.52,-117.0,5,,no,no,no,yes,yes'].join('\n'),
);
const scenario = file('arrivals.csv', ['period,place,kind,people', '2026-06-01,Tijuana,men,60', '2026-06-01,Tijuana,minors,12', '2026-06-01,Tijuana,families,10'].join('\n'));

describeMirror('corridor reception', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });

  const corridor = (...args: string[]) => runCommand(db, [registerReception], ...args);

  it('plan --format json: weeks, sites with occupancy, unmet, alerts, assumptions; whole figures by hand', async () => {
    const p = JSON.parse(await corridor('reception', 'plan', '--registry', registry, '--scenario', scenario, '--weeks', '2', '--format', 'json'));
    expect(p.weeks).toEqual(['2026-06-01', '2026-06-08']);
    expect(p.sites.map((s: { id: string; city: string }) => [s.id, s.city])).toEqual([['casa-a', 'MX-02004'], ['dif-tijuana', 'MX-02004']]);
    // A 30-day stay uses ½ bed in the week of arrival and a whole bed all the next week: 5 DIF beds take 5 of the 12 minors.
    expect(p.unmet.filter((u: { kind: string }) => u.kind === 'minors')).toEqual([{ week: '2026-06-01', city: 'MX-02004', kind: 'minors', people: 7 }]);
    expect(p.alerts.some((a: { type: string; site?: string }) => a.type === 'site-full' && a.site === 'dif-tijuana')).toBe(true);
    expect(p.assumptions.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['registry', 'arrivals', 'stay', 'families']));
  });

  it('alerts in Spanish', async () => {
    const text = await corridor('reception', 'alerts', '--registry', registry, '--scenario', scenario, '--weeks', '2', '--lang', 'es');
    expect(text).toMatch(/Tijuana: desde la semana del 1 de junio de 2026, 7 niñas, niños y adolescentes no acompañados no tienen lugar/);
  });

  it('whatif: five more DIF beds place five more minors', async () => {
    const r = JSON.parse(await corridor('reception', 'whatif', '--registry', registry, '--scenario', scenario, '--weeks', '2', '--add-beds', 'dif-tijuana=5', '--format', 'json'));
    expect(r.unmet.find((u: { kind: string }) => u.kind === 'minors')).toEqual({ city: 'MX-02004', kind: 'minors', before: 7, after: 2 });
  });

  it('a bad registry stops with one error naming the row and column', async () => {
    const bad = file('bad.csv', ['name,city,lat,lon,beds,takes_men,takes_women,takes_families,takes_minors,dif', 'Casa A,Tijuana,32.53,-117.02,-3,yes,yes,yes,no,no'].join('\n'));
    await expect(corridor('reception', 'plan', '--registry', bad, '--scenario', scenario)).rejects.toThrow(/negative beds in bad\.csv, row 2, column "beds"/);
  });
});
