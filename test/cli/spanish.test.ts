/**
 * Every command that prints words, run with --lang es on a store holding CBP's southwest
 * border file: the output and the errors are in Spanish (no English tell-tale once the codes,
 * addresses and proper names are taken out, test/api/spanish-walk.ts), and the same commands
 * in English do print the tell-tales (so the check is alive).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from '../api/spanish-walk.js';
import { describeMirror, MIRROR } from '../mirror.js';

const db = join(mkdtempSync(join(tmpdir(), 'corridor-es-')), 'es.duckdb');

function corridor(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CORRIDOR_MIRROR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** English tell-tales in printed lines (each line read as one text; a table's first column, a code such as a measure id, left out). */
const english = (text: string) => text.split('\n').flatMap((line) => englishIn({ line: line.replace(/^\S+/, '') }).map((f) => `${f.word}: ${line}`));

/** Commands that print words, with what they need; each is run in both languages. */
const COMMANDS: string[][] = [
  ['sources'],
  ['check'],
  ['measures'],
  ['dimensions', 'component'],
  ['events', '--from', '2021-01', '--to', '2021-06'],
  ['query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--by', 'component', '--from', '2025-06'],
  ['query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--grain', 'cy', '--from', '2024', '--explain'],
];

describe('--lang es without data', () => {
  it('refuses a missing store, a bad --format and a bad --lang in Spanish', () => {
    expect(corridor('query', '--measure', 'encounters', '--lang', 'es').err).toMatch(/^corridor: no hay almacén en .*es\.duckdb: ejecute primero "corridor ingest" \(o "npm start"\)\n$/);
    expect(corridor('sources', '--format', 'nope', '--lang', 'es').err).toBe('corridor: --format debe ser table, csv o json, no "nope"\n');
    expect(corridor('sources', '--lang', 'fr').err).toBe('corridor: --lang must be en or es, not "fr"\n');
  });
});

describeMirror('--lang es on every command that prints words', () => {
  let ingest: ReturnType<typeof corridor>;
  beforeAll(() => {
    ingest = corridor('ingest', '--from', MIRROR!, '--only', 'cbp-sbo', '--lang', 'es');
  }, 120_000);

  it('ingest says where the data comes from, the outcome and the checks in Spanish', () => {
    expect(ingest.code, ingest.err).toBe(0);
    expect(ingest.out).toMatch(/^fuente\s+estado\s+versión\s+observaciones\s+segundos\s+error\n/);
    expect(ingest.out).toMatch(/cbp-sbo\s+cargada\s+1\s+1,936/);
    expect(ingest.err).toMatch(/^Se leen los datos del espejo .* \(--from\)\.$/m);
    expect(ingest.err).toMatch(/^corridor: se ejecutaron las \d+ comprobaciones de conciliación: \d+ coinciden, \d+ difieren \(se informa, no se oculta\), 0 fallan, \d+ omitidas$/m);
  });

  it('prints no English tell-tale in Spanish, and does in English', () => {
    const found: string[] = [];
    const inEnglish: string[] = [];
    for (const args of COMMANDS) {
      const es = corridor(...args, '--lang', 'es');
      expect(es.code, `${args.join(' ')}: ${es.err}`).toBe(0);
      found.push(...english(es.out).map((f) => `${args.join(' ')}: ${f}`));
      if (english(corridor(...args, '--lang', 'en').out).length) inEnglish.push(args[0]);
    }
    expect(found).toEqual([]);
    expect(new Set(inEnglish)).toEqual(new Set(['sources', 'check', 'measures', 'dimensions', 'events', 'query']));
  }, 300_000);

  it('names the publisher, licence and coverage in Spanish, and the check titles', () => {
    const out = corridor('sources', '--lang', 'es').out;
    expect(out).toContain('  editor:     Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)');
    expect(out).toContain('  licencia:   Obra del gobierno federal de EE. UU.: dominio público en Estados Unidos (17 U.S.C. 105).');
    expect(out).toMatch(/ {2}cobertura: {2}Frontera terrestre suroeste, mensual, de octubre de 2021/);
    expect(corridor('check', '--lang', 'es').out).toContain('cbp-sbo: los encuentros en la frontera suroeste por componente suman el total');
  });

  it('says an empty answer and the tables considered in Spanish', () => {
    const r = corridor('query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--from', '2030-01', '--lang', 'es');
    expect(r.out).toMatch(/^\(sin filas\)\n\nTablas consideradas:\n {2}[+-] cbp-sbo\/sw-monthly \(versión 1\): no tiene cifras en los periodos pedidos/);
    expect(r.out).not.toMatch(/has no|requested|inglés/);
  });
});
