import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { parseErrorText } from './parse-errors.js';

// The messages commander 14 writes, as it writes them (lib/command.js, lib/suggestSimilar.js).
const COMMANDER = [
  "error: unknown option '--bogus'",
  "error: unknown option '--mesure'\n(Did you mean --measure?)",
  "error: unknown command 'querry'\n(Did you mean query?)",
  "error: too many arguments for 'query'. Expected 0 arguments but got 1.",
  "error: missing required argument 'file'",
  "error: option '--measure <id>' argument missing",
  "error: required option '--city <code>' not specified",
  "error: option '--runs <n>' argument 'x' is invalid. not a number",
];

it('says each of commander\'s messages in Spanish, with the values kept and the way to the help', () => {
  for (const m of COMMANDER) {
    const es = parseErrorText(`${m}\n`, 'es');
    expect(es, m).toMatch(/^corridor: /);
    expect(es, m).not.toMatch(/inglés|unknown|\bargument\b|option '|missing|Did you|error:/);
    expect(es, m).toContain('corridor --help');
    for (const quoted of m.match(/'[^']*'/g) ?? []) expect(es, m).toContain(quoted);
  }
  expect(parseErrorText(COMMANDER[1], 'es')).toBe('corridor: opción desconocida \'--mesure\' (¿quería decir --measure?): vea "corridor --help" o "corridor <comando> --help"\n');
});

it('keeps the English as commander says it, under corridor\'s prefix, and marks a shape it does not know', () => {
  expect(parseErrorText(COMMANDER[0], 'en')).toBe('corridor: unknown option \'--bogus\': see "corridor --help" or "corridor <command> --help"\n');
  expect(parseErrorText('error: something new', 'es')).toMatch(/^corridor: \(mensaje en inglés\) something new: /);
});

it('is what the command line prints for a mistyped command, in the language asked for', () => {
  const run = (...args: string[]) => {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, err: '' };
    } catch (e) {
      const x = e as { status: number; stderr: string };
      return { code: x.status, err: x.stderr };
    }
  };
  const es = run('query', 'extra', '--lang', 'es');
  expect(es.code).not.toBe(0);
  expect(es.err).toBe('corridor: demasiados argumentos para \'query\': se esperaban 0 y se recibieron 1: vea "corridor --help" o "corridor <comando> --help"\n');
  expect(run('query', '--bogus').err).toBe('corridor: unknown option \'--bogus\': see "corridor --help" or "corridor <command> --help"\n');
}, 60_000);
