/**
 * `--help` under `--lang es`: the program's help and every command's, as commander prints
 * it, hold no English tell-tale (test/api/spanish-walk.ts's list and commander's own words)
 * once the terms (option flags, command names) and codes are taken out, and list the same
 * options and commands as the English help. The English help is the commands' own text.
 * Through main.ts too (the sources, as bin/corridor.js runs them without a build).
 */
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { DESCRIPTIONS_ES, spanishHelp } from '../../src/cli/help-es.js';
import { createProgram } from '../../src/cli/program.js';
import { englishIn } from '../api/spanish-walk.js';

/** commander's own English, and short words of the descriptions the shared list does not hold. */
// Word edges that know letters beyond ASCII: "or" is not a word in "orígenes".
const HELP_TELL_TALES = /(?<![\p{L}\d_])(Usage|Options|Commands|Arguments|display|help for|default|choices|or|for|only|first|last|each|list|run|load|show|serve|print|every|store|file|files|when|where|beds|week|weeks|without|also)(?![\p{L}\d_])/u;

/** The words of a help text a reader reads: no terms (the first column), flags, quoted codes, ids or file names. */
function words(help: string): string {
  return help
    .split('\n')
    .map((line) =>
      line
        .replace(/^ {2}(?=\S)(?:\S+ ?)+?(?= {2}|$)/, '') // an item's term: "--from <periodo>", "run [opciones] <archivoONombre>"
        .replace(/^(Uso:) .*$/, '$1') // the usage line after its heading: the command as typed
        .replace(/(?<!\w)--?[\w-]+/g, '') // flags named in a description
        .replace(/\$\w+|\b[\w.-]*\.(?:json|csv|duckdb|md|pdf)\b|\b[\w*.-]+\/[\w*./-]+/g, ''), // variables, files, paths
    )
    .join('\n')
    .replace(/"[^"]*"/g, ''); // quoted (over a wrapped line too): a value typed as is, a command, a title
}

function english(help: string): string[] {
  const text = words(help);
  const found = englishIn({ help: text }).map((f) => f.word);
  const own = HELP_TELL_TALES.exec(text);
  return [...found, ...(own ? [own[1]] : [])];
}

/** The long flags and the subcommands a help text lists. */
function listed(help: string): { options: string[]; commands: string[] } {
  const terms = help.split('\n').flatMap((l) => /^ {2}(?=\S)((?:\S+ ?)+?)(?= {2}|$)/.exec(l)?.[1] ?? []);
  return {
    options: terms.flatMap((t) => t.match(/--[\w-]+/g) ?? []).sort(),
    commands: terms.filter((t) => !t.startsWith('-')).map((t) => t.split(' ')[0]).sort(),
  };
}

/** The program with every command registered, as main.ts builds it. */
async function program(lang: 'en' | 'es'): Promise<Command> {
  const p = createProgram();
  for (const register of new Set(await Promise.all(Object.values(COMMANDS).map((load) => load())))) register(p);
  if (lang === 'es') spanishHelp(p);
  return p;
}

/** Every command with its path ("corridor scenario run"). */
function everyCommand(root: Command, path = root.name()): [string, Command][] {
  return [[path, root], ...root.commands.flatMap((c) => everyCommand(c, `${path} ${c.name()}`))];
}

describe('--help in Spanish', () => {
  let en: Map<string, string>;
  let es: Map<string, string>;
  beforeAll(async () => {
    en = new Map(everyCommand(await program('en')).map(([path, c]) => [path, c.helpInformation()]));
    es = new Map(everyCommand(await program('es')).map(([path, c]) => [path, c.helpInformation()]));
  });

  it('reads the words of a help text, not its terms, flags and codes', () => {
    expect(english('Uso: corridor query [opciones]\n\nOpciones:\n  --from <periodo>  primer periodo\n  -h, --help        muestra la ayuda')).toEqual([]);
    expect(english('  --grain <periodicidad>  "month" (mes) o "fy" (por omisión: "month")')).toEqual([]);
    expect(english('Usage: corridor query [options]')).toContain('Usage');
    expect(english('  --from <period>  first period: YYYY-MM')).toContain('first');
    expect(english('  --lang <lang>  en or es (default: "en")')).toContain('or');
    expect(english('  --measure <id>   la medida, p. ej. encounters')).toContain('encounters');
  });

  it('has the same commands in both languages', () => {
    expect([...es.keys()]).toEqual([...en.keys()]);
    expect(es.size).toBeGreaterThan(20);
  });

  it('prints no English tell-tale in the help of the program or of any command', () => {
    const found = [...es].flatMap(([path, help]) => english(help).map((w) => `${path}: "${w}"`));
    expect(found).toEqual([]);
  });

  it('finds tell-tales in every English help (the check is alive)', () => {
    const silent = [...en].filter(([, help]) => english(help).length === 0).map(([path]) => path);
    expect(silent).toEqual([]);
  });

  it('lists the same options and subcommands as the English help, every description translated', () => {
    for (const [path, help] of es) {
      expect(listed(help), path).toEqual(listed(en.get(path)!));
      expect(help, path).toMatch(/^Uso: /);
      expect(help, path).toContain('-h, --help');
    }
    expect(es.get('corridor')).toMatch(/\n {2}help \[comando\] +muestra la ayuda del comando\n/);
    expect(es.get('corridor query')).toMatch(/--from <periodo> +primer periodo: AAAA-MM, AAAA, FYAAAA o CYAAAA\n/);
    expect(es.get('corridor query')).toMatch(/--format <formato> +table \(tabla\), csv o json \(por omisión: "table"\)/);
  });

  it('has Spanish for every description, and none left over for a text the commands no longer use', async () => {
    const used = new Set<string>();
    for (const [, c] of everyCommand(await program('en'))) {
      used.add(c.description());
      for (const o of c.options) used.add(o.description);
      for (const a of c.registeredArguments) if (a.description) used.add(a.description);
    }
    used.delete('');
    expect([...used].filter((t) => !(t in DESCRIPTIONS_ES))).toEqual([]);
    expect(Object.keys(DESCRIPTIONS_ES).filter((t) => !used.has(t))).toEqual([]);
  });
});

describe('corridor --help through main.ts', () => {
  const corridor = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

  it('prints the program help and a command help in Spanish with --lang es, anywhere on the line, and English without', () => {
    const top = corridor('--lang', 'es', '--help');
    expect(top.status, top.stderr).toBe(0);
    expect(top.stdout).toMatch(/^Uso: corridor \[opciones\] \[comando\]\n/);
    expect(top.stdout).toMatch(/\n {2}events \[opciones\] +la cronología de medidas de política/);
    const query = corridor('query', '--help', '--lang=es');
    expect(query.stdout).toMatch(/^Uso: corridor query \[opciones\]\n/);
    expect(english(query.stdout)).toEqual([]);
    const plain = corridor('query', '--help');
    expect(plain.stdout).toMatch(/^Usage: corridor query \[options\]\n/);
    expect(plain.stdout).toContain('first period: YYYY-MM, YYYY, FYYYYY or CYYYYY');
  });
});
