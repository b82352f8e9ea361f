/**
 * The command line's part of the bad-input corpus (the index is test/BAD-INPUT.md): each
 * command below is run as a person runs it, in its own process, on a small store. Each must
 * stop with exit code 2 (or 1 for a bad file) and one sentence saying what is allowed: no
 * stack trace, no file content quoted, and the store file unchanged.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStore } from '../api/fixture-store.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-cli-hostile-'));
const notJson = join(dir, 'passwd.json');
writeFileSync(notJson, 'root:x:0:0:root:/root:/bin/bash\n');

const CASES: [string, string[], number, RegExp][] = [
  ['year 0000 in --from', ['query', '--measure', 'encounters', '--from', '0000'], 2, /"0000" is outside the years corridor can hold \(1900 to 2100\)/],
  ['an impossible --to', ['query', '--measure', 'encounters', '--to', '2021-02-30'], 2, /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['a reversed range', ['query', '--measure', 'encounters', '--from', '2024', '--to', '2020'], 2, /the range is reversed: from 2024 comes after to 2020/],
  // The fixture's HND figures run from 2021-10 to 2022-09.
  ['a corridor range after the data', ['query', '--corridor', '--citizenship', 'HND', '--from', '2030-01'], 2, /the range from 2030-01 is after the data: the corridor figures for HND end in 2022-09; start the range at 2022-09 or earlier\n$/],
  ['the same in Spanish', ['query', '--corridor', '--citizenship', 'HND', '--from', '2030-01', '--lang', 'es'], 2, /el rango from 2030-01 es posterior a los datos: las cifras del corredor para HND terminan en 2022-09; empiece el rango en 2022-09 o antes\n$/],
  ['an impossible date (events)', ['events', '--from', '2021-02-30'], 2, /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['a reversed range (events)', ['events', '--from', '2024', '--to', '2020'], 2, /the range is reversed: from 2024 comes after to 2020/],
  ['year 0000 (record)', ['record', '--to', '0000'], 2, /"0000" is outside the years corridor can hold/],
  ['an impossible date (record), in Spanish', ['record', '--from', '2021-04-31', '--lang', 'es'], 2, /^corridor: "2021-04-31" no es una fecha: 2021-04 no tiene día 31\n$/],
  ['a filter built to match anything', ['query', '--measure', 'encounters', '--where', 'geography=" OR ""="'], 2, /is not a geography code or label/],
  ['an unknown --lang', ['query', '--measure', 'encounters', '--lang', 'xx'], 2, /--lang must be en or es, not "xx"/],
  ['--horizon -1', ['forecast', '--measure', 'encounters', '--horizon', '-1'], 2, /--horizon takes a whole number of months from 1 to 24, not "-1"/],
  ['--weeks 0', ['reception', 'plan', '--weeks', '0'], 2, /--weeks takes a whole number from 1 to 26, not "?0"?\n/],
  ['--weeks 999', ['reception', 'plan', '--weeks', '999'], 2, /--weeks takes a whole number from 1 to 26, not 999/],
  ['--weeks abc', ['reception', 'plan', '--weeks', 'abc'], 2, /--weeks takes a whole number from 1 to 26, not "abc"/],
  // Date would roll 2021-02-30 over to March 1st, and throw a RangeError on month 13.
  ['an impossible --start', ['reception', 'plan', '--start', '2021-02-30'], 2, /"2021-02-30" is not a date: 2021-02 has no day 30/],
  ['--start in month 13', ['reception', 'plan', '--start', '2021-13-01'], 2, /"2021-13-01" is not a date: there is no month 13/],
  ['levers without a scenario', ['reception', 'plan', '--levers', 'abc'], 2, /--levers and --quantile go with --scenario NAME/],
  ['--draws 0', ['scenario', 'run', 'status-quo', '--draws', '0'], 2, /--draws must be a whole number from 20 to 2000, not "0"/],
  ['an unknown source in ingest --only', ['ingest', '--only', 'nope'], 2, /^corridor: unknown source nope; known sources: cbp-sbo, /],
  ['the same in Spanish', ['ingest', '--only', 'nope', '--lang', 'es'], 2, /^corridor: fuente desconocida nope; las fuentes son cbp-sbo, /],
  ['ingest --from a folder that does not exist', ['ingest', '--from', join(dir, 'no-such-folder')], 2, /^corridor: --from names ".*no-such-folder", which is not a folder: give the folder of a data mirror/],
  // A back-test is stored: a first origin that rolls over (month 13) or cannot be held must stop before it runs.
  ['--origins-from in month 13', ['forecast', '--backtest', '--measure', 'encounters', '--origins-from', '2021-13'], 2, /"2021-13" is not a month: use YYYY-MM/],
  ['--origins-from year 0000, in Spanish', ['forecast', '--backtest', '--measure', 'encounters', '--origins-from', '0000-01', '--lang', 'es'], 2, /^corridor: "0000-01" está fuera de los años que corridor puede guardar \(1900 a 2100\)\n$/],
  ['--origins-from that is not a month', ['forecast', '--backtest', '--measure', 'encounters', '--origins-from', '2021'], 2, /--origins-from takes a month, YYYY-MM, not "2021"/],
  ['--method without --hierarchy', ['forecast', '--measure', 'encounters', '--method', 'nope'], 2, /^corridor: --method goes with --hierarchy/],
  ['an unknown --method, in Spanish', ['forecast', '--hierarchy', '--method', 'nope', '--lang', 'es'], 2, /^corridor: --method debe ser uno de base, bottom-up, ols, mint-shrink\n$/],
  ['--origins-from without --backtest', ['forecast', '--measure', 'encounters', '--origins-from', '2020-01'], 2, /^corridor: --origins-from goes with --backtest/],
  // A nowcast fills months after the last one published: with --as-of no later day is known.
  ['--nowcast with --as-of', ['forecast', '--measure', 'encounters', '--nowcast', '--as-of', '2025-01'], 2, /^corridor: --nowcast fills the months after the last one published .* does not go with --as-of/],
  ['--nowcast with --backtest, in Spanish', ['forecast', '--backtest', '--measure', 'encounters', '--nowcast', '--lang', 'es'], 2, /^corridor: --nowcast completa los meses posteriores al último publicado .*--backtest/],
  ['a brief into a folder that does not exist', ['reception', 'brief', '--out', join(dir, 'no-such-folder', 'brief.pdf')], 2, /^corridor: --out ".*brief\.pdf" cannot be written: the folder .*no-such-folder does not exist\n$/],
  ['the same for --html, in Spanish', ['reception', 'brief', '--html', join(dir, 'no-such-folder', 'brief.html'), '--lang', 'es'], 2, /^corridor: --html ".*brief\.html" no se puede escribir: la carpeta .*no-such-folder no existe\n$/],
  ['a scenario file that is not JSON', ['scenario', 'run', notJson], 1, /malformed scenario file in passwd\.json: expected a JSON object, found text that is not JSON/],
  ['the same in Spanish', ['scenario', 'run', notJson, '--lang', 'es'], 1, /^corridor: archivo de escenario mal formado en passwd\.json: se esperaba un objeto JSON, se encontró texto que no es JSON\n$/],
  ['assumptions that are not JSON, in Spanish', ['reception', 'plan', '--assumptions', notJson, '--lang', 'es'], 1, /^corridor: archivo ilegible en passwd\.json: se esperaba un JSON válido, se encontró texto que no es JSON\n$/],
];

function corridor(db: string, args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { env: { ...process.env, CORRIDOR_MIRROR: '' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    child.on('close', (code) => resolve({ code, err }));
  });
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('hostile input to the command line', () => {
  let db: string;
  let before: string;
  let results: { code: number | null; err: string }[];
  beforeAll(async () => {
    db = await buildFixtureStore();
    before = sha(db);
    // All at once: one process each is what a person gets, and the waits overlap.
    results = await Promise.all(CASES.map(([, args]) => corridor(db, args)));
  }, 120_000);

  it.each(CASES.map((c, i) => [c[0], i] as const))('%s: one sentence, the right exit code, no stack trace', (_what, i) => {
    const [, , code, message] = CASES[i];
    const { code: got, err } = results[i];
    expect(err).toMatch(message);
    expect(got).toBe(code);
    expect(err).not.toMatch(/\n\s+at |RangeError|TypeError/);
    expect(err).not.toMatch(/root:x/);
  });

  it('leaves the store file as it was', () => {
    expect(sha(db)).toBe(before);
  });
});
