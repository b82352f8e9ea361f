/**
 * An ingest whose file is corrupt: the source fails, nothing of it is written, and the
 * operator is told which vintage the store keeps (what a running server goes on serving),
 * in English and Spanish, beside the table's error.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerIngest } from '../../src/cli/commands/ingest.js';
import { openStore, rows } from '../../src/store/open.js';
import { runCommandStderr } from './run-in-process.js';

const MIRROR = resolve(process.env.CORRIDOR_MIRROR ?? '../shared/data');
const FILE = 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv';

describe('an ingest whose file is corrupt', () => {
  it('says the source failed and which vintage the store keeps, and keeps it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-kept-'));
    const mirror = join(dir, 'mirror');
    mkdirSync(join(mirror, 'us/cbp_sw_land_border_encounters'), { recursive: true });
    copyFileSync(join(MIRROR, FILE), join(mirror, FILE));
    const db = join(dir, 'store.duckdb');
    await runCommandStderr(db, [registerIngest], 'ingest', '--from', mirror, '--only', 'cbp-sbo');
    const text = readFileSync(join(mirror, FILE), 'utf8').split('\n');
    text[5] = text[5].replace(/,\d+(\r?)$/, ',12x4$1');
    writeFileSync(join(mirror, FILE), text.join('\n'));

    // Before: the table said "failed" and why, and nothing said whether the data served had changed.
    const en = await runCommandStderr(db, [registerIngest], 'ingest', '--from', mirror, '--only', 'cbp-sbo');
    expect(en).toMatch(/corridor: cbp-sbo failed: nothing of it was written; the store keeps its vintage 1 \(loaded \d{4}-\d\d-\d\d \d\d:\d\d\), which a running server goes on serving \(fix the file the error names and run "corridor ingest --only cbp-sbo" again\)/);
    const es = await runCommandStderr(db, [registerIngest], 'ingest', '--from', mirror, '--only', 'cbp-sbo', '--lang', 'es');
    expect(es).toMatch(/corridor: cbp-sbo falló: no se escribió nada de ella; el almacén conserva su versión 1 \(cargada el \d{4}-\d\d-\d\d \d\d:\d\d\), la que un servidor en marcha sigue sirviendo/);
    process.exitCode = 0; // the failed ingests set it, as the command does

    const store = await openStore(db, { readOnly: true });
    try {
      expect(await rows(store.conn, "SELECT id FROM vintages WHERE source_id = 'cbp-sbo'")).toEqual([{ id: 1 }]);
    } finally {
      store.close();
    }
  });
});
