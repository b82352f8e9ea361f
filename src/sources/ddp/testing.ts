/**
 * Test helpers: this source's fixtures, including the by-part files it does not ingest,
 * and corrupted copies of them in a temp dir.
 */
import { fixtureFiles } from '../../../test/fixture-copies.js';
import { describe as source } from './describe.js';

/** The by-part files this source does not ingest (see parse-by-part.ts), for tests. */
const EXTRA = [
  { id: 'apprehensions-by-part', mirrorPath: 'us/ddp_cbp_validation/monthly-apprehensions-by-part.csv' },
  { id: 'inadmissibles-by-part', mirrorPath: 'us/ddp_cbp_validation/monthly-inadmissibles-by-part.csv' },
];
export const ALL_FILES = [...source.files, ...EXTRA];

export const { fixturePaths, corrupted } = fixtureFiles({ id: source.id, files: ALL_FILES }, import.meta.dirname);
