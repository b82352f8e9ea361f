/**
 * Test helpers: the fixture is kept as plain text and gzipped here, as the publisher serves it.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { editLines } from '../../../test/fixture-copies.js';

export const NAME = 'usbp_monthly_encounters_fy2000-fy2020.csv.gz';
const FIXTURE = fileURLToPath(new URL('./fixtures/usbp_monthly_encounters_fy2000-fy2020.csv', import.meta.url));

/**
 * The fixture, its lines rewritten by `edit`, gzipped (then `mangle`d) into a temp dir
 * under the publisher's file name. Returns file id → path.
 */
export async function gzippedFixture(edit: (lines: string[]) => string[] = (l) => l, mangle: (gz: Buffer) => Buffer = (b) => b): Promise<Record<string, string>> {
  const text = editLines(await readFile(FIXTURE, 'utf8'), edit);
  const dir = await mkdtemp(join(tmpdir(), 'cbp-legacy-monthly-'));
  const path = join(dir, NAME);
  await writeFile(path, text === '' ? Buffer.alloc(0) : mangle(gzipSync(text)));
  return { monthly: path };
}
