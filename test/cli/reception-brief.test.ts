/**
 * corridor reception brief as a person runs it, on a store loaded from the mirror: HTML and
 * PDF written where asked (a user's registry and arrivals file, Spanish), the PDF's pages one
 * per section, and options refused with what is allowed.
 */
import { runCommandStderr } from './run-in-process.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/lib/pdf/print.js';
import { registerReception } from '../../src/cli/commands/reception.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-brief-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const registry = file('shelters.csv', ['name,city,lat,lon,beds,takes_men,takes_women,takes_families,takes_minors,dif', 'Casa A,Tijuana,32.53,-117.02,40,yes,yes,yes,no,no', 'DIF Mexicali,Mexicali,32.62,-115.45,5,no,no,no,yes,yes'].join('\n'));
const arrivals = file('arrivals.csv', ['period,place,kind,people', '2026-06-01,Tijuana,men,60', '2026-06-01,Tijuana,minors,12', '2026-06-08,Mexicali,families,10'].join('\n'));

describeMirror('corridor reception brief', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });

  const corridor = (...args: string[]) => runCommandStderr(db, [registerReception], ...args);

  it('writes the HTML and a PDF of 3 + cities pages, in Spanish, from a registry and an arrivals file', async () => {
    const html = join(dir, 'brief.html');
    const pdf = join(dir, 'brief.pdf');
    const said = await corridor('reception', 'brief', '--registry', registry, '--scenario-file', arrivals, '--weeks', '2', '--lang', 'es', '--paper', 'letter', '--html', html, '--out', pdf);
    const text = readFileSync(html, 'utf8');
    const cities = [...text.matchAll(/<section class="page city" data-city="([^"]+)"/g)].map((m) => m[1]);
    expect(cities.sort()).toEqual(['MX-02002', 'MX-02004']);
    expect(text).toMatch(/@page \{ size: Letter;/);
    expect(text).toMatch(/<html lang="es">/);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(bytes)).toBe(3 + cities.length);
    // Said in the language of --lang (it was English under --lang es).
    expect(said).toMatch(new RegExp(`se escribió .*brief\\.pdf \\(${3 + cities.length} páginas\\)`));
    expect(said).not.toMatch(/\bwrote\b/);
  });

  it('--html alone needs no browser and writes no PDF; bad options say what is allowed', async () => {
    const html = join(dir, 'only.html');
    await corridor('reception', 'brief', '--registry', registry, '--scenario', arrivals, '--weeks', '1', '--html', html);
    expect(existsSync(html)).toBe(true);
    expect(existsSync(join(process.cwd(), 'reception-brief.pdf'))).toBe(false);
    await expect(corridor('reception', 'brief', '--lang', 'fr', '--html', html)).rejects.toThrow(/--lang is en, es or both/);
    await expect(corridor('reception', 'brief', '--paper', 'A3', '--html', html)).rejects.toThrow(/--paper is A4 or Letter/);
    await expect(corridor('reception', 'brief', '--out', join(dir, 'x.docx'))).rejects.toThrow(/--out names a \.pdf file/);
  });
});
