/**
 * R data files (.rda) are what some publishers serve where corridor reads a CSV
 * conversion from the mirror (UNHCR's and IOM's R packages). A download gets the
 * .rda: this names it as such instead of failing on its bytes as a broken CSV.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { LocalFile } from '../types.js';

// Magic numbers of the compressed streams an .rda file starts with (gzip, bzip2, xz), and of an uncompressed one.
const RDA_STARTS = [[0x1f, 0x8b], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58, 0x5a], [0x52, 0x44, 0x58], [0x52, 0x44, 0x41]];

/** Throws an InputError at row 1 when `file` starts like an R data file; `expected` says what the adapter reads instead. */
export async function refuseRda(file: LocalFile, expected: string): Promise<void> {
  if (file.bytes === 0) return;
  const handle = await open(file.path, 'r');
  const bytes = Buffer.alloc(Math.min(file.bytes, 8));
  try {
    await handle.read(bytes, 0, bytes.length, 0);
  } finally {
    await handle.close();
  }
  if (RDA_STARTS.some((magic) => magic.every((b, i) => bytes[i] === b))) {
    throw new InputError({ file: file.name, row: 1 }, expected, 'an R data file (.rda) or a compressed stream', 'not a CSV file');
  }
}
