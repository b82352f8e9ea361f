/**
 * Rows that repeat the cell of an earlier row, with another count, in the release read
 * (commit 7b8775c9). They look like two reports of one day (two arrivals, two cut-offs),
 * so they are summed, as the repository's own monthly file does; any other repeat is an
 * error. Keys are the repeating (later) row's own text: DIA|ESTADO / O.R.|NACIONALIDAD[|station].
 */
import type { FileId } from './describe.js';

export const KNOWN_REPEATS: Partial<Record<FileId, readonly string[]>> = {
  // Rows 28317 (14) and 28345 (2).
  presentados: ['24/05/2026|Chiapas|Honduras|Estación Migratoria Tapachula'],
  // Rows 54341 ("HONDURAS", 6) and 54352 ("Honduras", 1), both repeat-only rows.
  rescatados: ['24/04/2026|TAMAULIPAS|Honduras'],
  // Rows 3025 (1) and 3026 (4).
  extranjeros: ['06/04/2026|SONORA|NICARAGUA'],
};
