/**
 * Every command that prints words, run with --lang es on the store loaded from the whole
 * mirror (test/global-setup.ts), in this process through the commands' own registration (as
 * main.ts does): what it writes, on stdout and stderr, holds no English tell-tale
 * (test/api/spanish-walk.ts's word list) once codes, addresses and quoted titles are taken out.
 * The same commands in English do print tell-tales, so the check is alive.
 * (test/cli/spanish.test.ts covers ingest and the errors on a store of one source.)
 */
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { argvLang, errorText } from '../../src/cli/lang.js';
import { UsageError } from '../../src/errors.js';
import { englishIn } from '../api/spanish-walk.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

/**
 * Codes and quotations inside a printed line, taken out before the words are read: a table's
 * first column when it is a code (a measure or series id), ids with a hyphen (swb-encounters,
 * us-encounters), a series id (a measure id before "donde" or a filter: "encounters
 * geography=US-SWB"), text in double quotes (a paper's or document's title, cited as
 * published), a journal's name, and a model's name (ARIMA's as the forecast package writes
 * it; the API reads model names as codes too).
 */
// The model's name first: the hyphen rule would cut "non-zero" out of it.
const CODES = [/\bARIMA\([\d,]+\)(?:\([\d,]+\)\[\d+\])? with (?:non-zero mean|zero mean|drift)/g, /^\s*[a-z][\w.-]*(?=\s{2}|:|$)/, /\b[\w]+(?:-[\w]+)+\b/g, /\b[a-z][\w-]*(?= donde\b| \w+=)/g, /"[^"]*"/g, /Annals of Applied Statistics/g];

/** English tell-tales in printed text, one finding per line. */
function english(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    let words = line;
    for (const code of CODES) words = words.replace(code, '');
    return englishIn({ line: words }).map((f) => `${f.word}: ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`);
  });
}

/** Each command that prints words, with what it needs; run in Spanish, then in English. Horizon 3 keeps the forecast short. */
const RUNS: string[][] = [
  ['sources'],
  ['check'],
  ['measures'],
  ['dimensions', 'component'],
  ['query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--by', 'component', '--from', '2025-01', '--explain'],
  ['query', '--corridor', '--citizenship', 'HND', '--from', '2024-01'],
  ['events'],
  ['claim', '--measure', 'encounters', '--where', 'geography=US-SWB', '--period', '2021-03'],
  ['claim', 'En marzo de 2021 hubo 173,277 encuentros en la frontera suroeste'],
  ['impact', '--event', 'title42-end', '--measure', 'encounters', '--where', 'geography=US-SWB', '--window-after', '6'],
  ['record'],
  ['scenario', 'list'],
  ['scenario', 'run', 'seed-2021-04', '--draws', '20'],
  ['scenario', 'backcast'],
  ['reception', 'plan', '--weeks', '4'],
  ['reception', 'alerts', '--weeks', '4'],
  ['reception', 'whatif', '--weeks', '4', '--add-beds', 'parque-industrial-lago=50'],
  ['forecast', '--measure', 'encounters', '--where', 'geography=US-SWB', '--horizon', '3'],
];

/** Refused requests: the arguments, then the whole message printed under --lang es and in English. */
const REFUSALS: [string[], RegExp, RegExp][] = [
  [
    ['query', '--corridor', '--citizenship', 'HND', '--from', '2030-01'],
    /^corridor: el rango from 2030-01 es posterior a los datos: las cifras del corredor para HND terminan en (\d{4}-\d{2}); empiece el rango en \1 o antes\n$/,
    /^corridor: the range from 2030-01 is after the data: the corridor figures for HND end in (\d{4}-\d{2}); start the range at \1 or earlier\n$/,
  ],
  [
    ['query', '--corridor', '--citizenship', 'HND', '--to', '1950'],
    /^corridor: el rango to 1950 es anterior a los datos: las cifras del corredor para HND empiezan en (\d{4}-\d{2}); termine el rango en \1 o después\n$/,
    /^corridor: the range to 1950 is before the data: the corridor figures for HND start in (\d{4}-\d{2}); end the range at \1 or later\n$/,
  ],
  [['record', '--guard', 'nope'], /^corridor: --guard es regions o states, no "nope"\n$/, /^corridor: --guard is regions or states, not "nope"\n$/],
  [['scenario', 'run', 'seed-2021-04', '--draws', '5'], /^corridor: --draws debe ser un número entero de 20 a 2000, no "5"\n$/, /^corridor: --draws must be a whole number from 20 to 2000, not "5"\n$/],
  [['reception', 'plan', '--weeks', 'abc'], /^corridor: --weeks lleva un número entero de 1 a 26, no "abc"\n$/, /^corridor: --weeks takes a whole number from 1 to 26, not "abc"\n$/],
  [['reception', 'plan', '--start', '2021-02-30'], /^corridor: "2021-02-30" no es una fecha: 2021-02 no tiene día 30\n$/, /^corridor: "2021-02-30" is not a date: 2021-02 has no day 30\n$/],
  [['reception', 'whatif', '--weeks', '4'], /^corridor: un escenario hipotético \(what-if\) necesita --add-beds, --open o --with-scenario\n$/, /^corridor: a what-if needs --add-beds, --open or --with-scenario\n$/],
  [
    ['impact', '--event', 'title42-end', '--measure', 'encounters', '--where', 'geography=US-SWB', '--window-after', 'x'],
    /^corridor: --window-after lleva un número entero, no "x"\n$/,
    /^corridor: --window-after takes a whole number, not "x"\n$/,
  ],
  [['claim'], /^corridor: dé una afirmación entre comillas, o --measure y --period para calcular afirmaciones\n$/, /^corridor: give a claim in quotes, or --measure and --period to compute statements\n$/],
];

describe('the tell-tale reader', () => {
  it('finds English in a printed line and passes the Spanish, the codes and a quoted title', () => {
    expect(english('Source: CBP, 12 Jan 2024')).toEqual(['Source: Source: CBP, 12 Jan 2024']);
    expect(english('fuente: CBP, 12 de enero de 2024')).toEqual([]);
    expect(english('encounters  Encuentros en la frontera suroeste')).toEqual([]);
    expect(english('  swb-encounters: Encuentros (Brodersen 2015, "Inferring causal impact of the events")')).toEqual([]);
    expect(english('encounters geography=US-SWB')).toEqual([]);
    expect(english('Modelo: Combination(ETS(A,N,N) 0.25, ARIMA(1,0,0)(1,0,1)[12] with non-zero mean 0.24)')).toEqual([]);
    expect(english('periodo  valor\n2024-01  12,000 people')).toHaveLength(1);
  });
});

describeMirror('--lang es on every command that prints words, on the whole mirror', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });
  afterAll(() => vi.restoreAllMocks());

  /** One command as main.ts runs it: stdout and stderr, and the exit code it set. */
  async function corridor(...args: string[]): Promise<{ out: string; err: string; code: number }> {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
    process.exitCode = undefined;
    try {
      const program = new Command('corridor').option('--db <path>').exitOverride();
      (await COMMANDS[args[0]]())(program);
      await program.parseAsync(['node', 'corridor', '--db', db, ...args]);
    } catch (e) {
      // As main.ts's fail() prints it: in the language of --lang, exit code 2 for a usage error.
      err.push(`corridor: ${e instanceof Error ? errorText(e, argvLang(args)) : String(e)}\n`);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const code = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    return { out: out.join(''), err: err.join(''), code };
  }

  it('prints no English tell-tale in Spanish (stdout and stderr), and the same commands in English do', async () => {
    const found: string[] = [];
    const alive = new Set<string>();
    for (const args of RUNS) {
      const name = args.slice(0, args[0] === 'scenario' || args[0] === 'reception' ? 2 : 1).join(' ');
      const es = await corridor(...args, '--lang', 'es');
      expect(es.code, `${name}: ${es.err}`).toBe(0);
      expect(es.out.trim(), `${name} printed nothing`).not.toBe('');
      found.push(...[...english(es.out), ...english(es.err)].map((f) => `${name}: ${f}`));
      const en = await corridor(...args, '--lang', 'en');
      if (english(en.out + en.err).length) alive.add(name);
    }
    expect(found).toEqual([]);
    // A command whose English has no tell-tale is not checked by this test: say so here when one is added.
    const quiet = RUNS.map((a) => a.slice(0, a[0] === 'scenario' || a[0] === 'reception' ? 2 : 1).join(' ')).filter((n) => !alive.has(n));
    expect(quiet).toEqual([]);
  }, 300_000);

  it('refuses a bad request in Spanish under --lang es, in English without it', async () => {
    for (const [args, es, en] of REFUSALS) {
      const r = await corridor(...args, '--lang', 'es');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toContain('(mensaje en inglés)');
      expect(r.err).toMatch(es);
      expect((await corridor(...args)).err).toMatch(en);
    }
  }, 120_000);

  it('says where the corridor figures end, in Spanish, from the command line itself (exit code 2)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, 'query', '--corridor', '--citizenship', 'HND', '--from', '2030-01', '--lang', 'es'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^corridor: el rango from 2030-01 es posterior a los datos: las cifras del corredor para HND terminan en (\d{4}-\d{2}); empiece el rango en \1 o antes\n$/);
  }, 60_000);
});
