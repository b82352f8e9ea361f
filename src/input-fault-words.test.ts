/**
 * An input fault said to a Spanish reader: its lead and its place in Spanish, the adapter's
 * own words after them marked as English; every fault the adapters, the ingest and the
 * analyses name has its Spanish lead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, inputErrorInSpanish } from './errors.js';
import { FAULT_WORDS_ES } from './input-fault-words.js';

describe('an input fault in Spanish', () => {
  it("leads with the fault and the place in Spanish, and marks the adapter's words as English", () => {
    const e = new InputError({ file: 'sbo.csv', row: 1, column: '2' }, 'header "Month"', '"Mes"', 'unexpected header');
    expect(inputErrorInSpanish(e)).toBe('encabezado inesperado en sbo.csv, fila 1, columna "2" (detalle en inglés: unexpected header; expected header "Month", found "Mes")');
  });

  it('says "datos de entrada no válidos" for a fault without Spanish words, with its sheet', () => {
    const e = new InputError({ file: 'b.xlsx', sheet: 'Hoja1', row: 7 }, 'a caravan date', '"x"', 'a fault no adapter names');
    expect(inputErrorInSpanish(e)).toBe('datos de entrada no válidos en b.xlsx, hoja "Hoja1", fila 7 (detalle en inglés: a fault no adapter names; expected a caravan date, found "x")');
  });

  it('uses the Spanish an error carries whole', () => {
    const e = new InputError({ file: 'r.csv', row: 3 }, 'beds', '"-1"', 'negative beds', { what: 'camas negativas', expected: 'camas', found: '"-1"' });
    expect(inputErrorInSpanish(e)).toBe('camas negativas en r.csv, fila 3: se esperaba camas, se encontró "-1"');
  });

  it('has the Spanish of every fault the adapters, the ingest and the analyses name', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
    const files = ['src/sources', 'src/ingest', 'src/store', 'src/analysis'].flatMap(walk);
    const named = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // The fault's name is the fourth argument: the last quoted text before the call closes.
      for (const call of text.split('new InputError(').slice(1)) {
        const args = call.slice(0, call.indexOf(');'));
        const what = /'([a-z](?:[^'\\]|\\.)+)'\s*,?\s*$/.exec(args)?.[1];
        if (what) named.add(what.replace(/\\'/g, "'"));
      }
    }
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((w) => !(w in FAULT_WORDS_ES))).toEqual([]);
  });
});
