/**
 * A --db in a folder that does not exist (or a "folder" that is a file) is refused with
 * one clear error in the user's language, never an ENOENT stack trace, and creates nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'corridor-folder-'));

function corridor(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CORRIDOR_MIRROR: '' },
  });
  return { code: r.status, err: r.stderr };
}

describe('a store path whose folder is missing', () => {
  const missing = join(dir, 'nodir');
  const db = join(missing, 'x.duckdb');

  it('ingest says which folder is missing and what to do, in English', () => {
    const r = corridor(db, 'ingest', '--from', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot write the store ${db}: its folder ${missing} does not exist; create the folder first`);
    expect(r.err).not.toMatch(/ENOENT|\n\s+at /);
    expect(existsSync(missing)).toBe(false);
  });

  it('ingest --lang es says the same in Spanish', () => {
    const r = corridor(db, 'ingest', '--from', dir, '--lang', 'es');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no se puede escribir el almacén ${db}: su carpeta ${missing} no existe; cree antes la carpeta`);
    expect(r.err).not.toMatch(/ENOENT|\n\s+at /);
  });

  it('a file where the folder should be is named as not a folder', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const r = corridor(join(file, 'x.duckdb'), 'ingest', '--from', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`its folder ${file} is not a folder`);
    expect(r.err).not.toMatch(/ENOTDIR|\n\s+at /);
  });

  it('reading commands say there is no store there', () => {
    for (const args of [['sources'], ['query', '--measure', 'encounters'], ['check']]) {
      const r = corridor(db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(`there is no store at ${db}`);
    }
  });

  it('serve --lang es says there is no store there, in Spanish', () => {
    const r = corridor(db, 'serve', '--port', '0', '--lang', 'es');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no hay almacén en ${db}`);
    expect(r.err).not.toContain('(mensaje en inglés)');
  });
});
