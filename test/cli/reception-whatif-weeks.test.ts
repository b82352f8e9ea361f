/**
 * A what-if with another arrivals file, as a coordinator runs it (audit of 7 December 2026).
 * `reception whatif --with-scenario july.csv` takes the base plan's weeks (INM's: from the week
 * after its data, May and June 2026 on the mirror). Before, a file of July to September had no
 * one in those weeks: the changed plan had 0 people without a place, 0 alerts, and all 12 of
 * the base plan's shortfalls were listed as "resolved", with no word that the file's people
 * were left out; a plan from such a file with --start after it was "0 arrivals in 0 cities".
 * A city the changed plan no longer had was shown by its code ("MX-05002" for Acuña).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { registerReception } from '../../src/cli/commands/reception.js';
import { UsageError } from '../../src/errors.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-whatif-weeks-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const later = file('july.csv', ['period,place,kind,people', '2026-07,Tijuana,men,3100', '2026-09,Tijuana,men,5000'].join('\n'));
const june = file('june.csv', ['period,place,kind,people', '2026-06,Tijuana,men,3000', '2026-06,Tijuana,minors,300'].join('\n'));

describeMirror('reception whatif with another arrivals file', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });
  const corridor = (...args: string[]) => runCommand(db, [registerReception], ...args);
  const refusal = (...args: string[]) =>
    corridor(...args).then(
      () => null,
      (e: unknown) => e,
    );

  it('refuses a file with nobody in the planned weeks, saying the file\'s days and a start that works (was 0 without a place, every alert "resolved")', async () => {
    const base = JSON.parse(await corridor('reception', 'plan', '--weeks', '4', '--format', 'json'));
    expect(base.alerts.length).toBeGreaterThan(0);
    expect(base.weeks[3] < '2026-07-01').toBe(true);
    const e = await refusal('reception', 'whatif', '--with-scenario', later, '--weeks', '4', '--format', 'json');
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    expect(err.message).toMatch(/^the arrivals file july\.csv has people from 1 July to 30 September 2026 only: the planned weeks of .* fall outside those days, so nobody would be planned \(give --start within them, e\.g\. --start 2026-06-29\)$/);
    expect(err.es).toMatch(/^el archivo de llegadas july\.csv solo tiene personas del 1 de julio al 30 de septiembre de 2026: las semanas planeadas .* quedan fuera de esos días, así que no se planearía a nadie \(dé un --start dentro de ellos, p\. ej\. --start 2026-06-29\)$/);
  });

  it('refuses a plan from such a file with a start after its days (was "0 arrivals in 0 cities")', async () => {
    const e = await refusal('reception', 'plan', '--scenario-file', later, '--start', '2027-01-04', '--weeks', '4', '--lang', 'es');
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).es).toBe(
      'el archivo de llegadas july.csv solo tiene personas del 1 de julio al 30 de septiembre de 2026: las semanas planeadas del 4 al 25 de enero de 2027 quedan fuera de esos días, así que no se planearía a nadie (dé un --start dentro de ellos, p. ej. --start 2026-06-29)',
    );
    // The file's own weeks still plan: July's 3,100 over its 31 days, 26 of them in the 4 weeks from 6 July.
    const p = JSON.parse(await corridor('reception', 'plan', '--scenario-file', later, '--start', '2026-07-06', '--weeks', '4', '--format', 'json'));
    expect(p.arrivals.reduce((a: number, x: { people: number }) => a + x.people, 0)).toBe(2600);
  });

  it('says how many of the file\'s people fall outside the planned weeks, and names every city (was "MX-05002")', async () => {
    const base = JSON.parse(await corridor('reception', 'plan', '--weeks', '4', '--format', 'json'));
    const end = new Date(Date.parse(`${base.weeks[3]}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    // June's people are spread evenly over its 30 days: those on days of June after the plan's last day are left out.
    const juneDaysOut = end >= '2026-06-30' ? 0 : 30 - Number(end.slice(8, 10));
    const outside = Math.round((3300 * juneDaysOut) / 30);
    expect(outside).toBeGreaterThan(0);
    const r = JSON.parse(await corridor('reception', 'whatif', '--with-scenario', june, '--weeks', '4', '--format', 'json'));
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0].en).toContain(`${outside.toLocaleString('en-US')} people fall outside the planned weeks and are not planned`);
    const table = await corridor('reception', 'whatif', '--with-scenario', june, '--weeks', '4', '--lang', 'es');
    expect(table).toContain(`${outside.toLocaleString('en-US')} personas caen fuera de las semanas planeadas y no se planean.`);
    // Every city of the unmet table by its name: cities only the base plan has (nobody arrives there in the file) included.
    const unmetTable = table.slice(table.lastIndexOf('ciudad'));
    expect(unmetTable).not.toMatch(/MX-\d{5}/);
    const baseCities: string[] = base.unmet.map((u: { city: string }) => base.cities.find((c: { code: string; name: string }) => c.code === u.city).name);
    for (const name of new Set(baseCities)) expect(unmetTable).toContain(name);
  });
});
