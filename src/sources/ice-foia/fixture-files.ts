/**
 * Test helper: the plain-text fixtures under fixtures/ written gzip-compressed, as
 * ICE ships them, into a temporary folder, optionally edited first (bad-input tests).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIXTURES = new URL('./fixtures/', import.meta.url);

export const tempDir = () => mkdtempSync(join(tmpdir(), 'ice-foia-'));

/** The fixture's text (CRLF-free, with a final newline). */
export const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** Writes `text` gzip-compressed as dir/name and returns the path. */
export function writeGz(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, gzipSync(Buffer.from(text, 'utf8')));
  return path;
}

/** The fixture `plain` (e.g. 'ICERemovals_FY2016.csv') as dir/<plain>.gz, edited by `edit`. */
export function gzFixture(dir: string, plain: string, edit: (text: string) => string = (t) => t, name = `${plain}.gz`): string {
  return writeGz(dir, name, edit(fixtureText(plain)));
}

/** Replaces line `n` (1-based) of a text. */
export function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}

/** Data lines of a fixture: lines after the header (line 6) that are not empty. */
export const dataLines = (text: string) => text.split('\n').slice(6).filter((l) => l !== '');
