/**
 * corridor reception run from another folder than the project's: the shipped planning
 * assumptions are found from the package, not from the working directory (a coordinator's
 * shell is rarely in the project folder; the server may be started anywhere).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

const BIN = fileURLToPath(new URL('../../bin/corridor.js', import.meta.url));
const run = promisify(execFile);

describeMirror('corridor reception from another working directory', () => {
  let db: string;
  const elsewhere = mkdtempSync(join(tmpdir(), 'corridor-cwd-'));
  beforeAll(async () => {
    db = await storePathFromMirror();
  });

  it('plan --lang es and alerts --format json run from a temporary folder', async () => {
    const env = { ...process.env, CORRIDOR_QUIET_BUILD: '1' };
    const plan = await run(process.execPath, [BIN, '--db', db, 'reception', 'plan', '--weeks', '2', '--lang', 'es'], { cwd: elsewhere, env });
    expect(plan.stdout).toMatch(/^Plan de 2 semanas desde la semana del \d{1,2} de [a-z]+ de \d{4}: /);
    const alerts = await run(process.execPath, [BIN, '--db', db, 'reception', 'alerts', '--weeks', '2', '--format', 'json'], { cwd: elsewhere, env });
    expect(Array.isArray(JSON.parse(alerts.stdout).alerts)).toBe(true);
  }, 120_000);
});
