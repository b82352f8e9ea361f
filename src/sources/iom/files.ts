/**
 * The six files corridor reads from IOM's R data package gdidata: their ids, the
 * mirror's CSV conversion of each .rda (same rows and values, the month written
 * YYYY-MM), and the .rda the publisher serves, pinned to the commit the mirror took (the
 * mirror keeps it too: the vintage records its sha256 with the URL, and the CSV's under read_as).
 * corridor does not parse .rda, so this source is ingested from the mirror only: a
 * download gets the .rda, which the parse refuses with a clear format error.
 */
import type { SourceFile } from '../types.js';

export const SOURCE_ID = 'iom';
const COMMIT = 'c9e4cc69cebd91d6cfca5f4107e2406e4de2c6ff';

export interface IomFile extends SourceFile {
  /** The package's data object, e.g. 'irreg_mexico_nat' (data/irreg_mexico_nat.rda). */
  object: string;
  /** The header of the CSV conversion, cell by cell. */
  header: string[];
}

const file = (id: string, folder: string, object: string, header: string[]): IomFile => ({
  id,
  object,
  header,
  mirrorPath: `iom/${folder}/${object}__derived.csv`,
  url: `https://raw.githubusercontent.com/iom/gdidata/${COMMIT}/data/${object}.rda`,
  // The mirror keeps the .rda too, byte-identical to the repository's: its sha256 goes with the URL.
  convertedFrom: { mirrorPath: `iom/${folder}/${object}.rda` },
});

export const FILES = {
  mexicoNat: file('mexico-nat', 'mexico_upm', 'irreg_mexico_nat', ['t', 'nat', 'n']),
  mexicoDmg: file('mexico-dmg', 'mexico_upm', 'irreg_mexico_dmg', ['t', 'sex', 'age', 'n']),
  mexicoExp: file('mexico-exp', 'mexico_upm', 'irreg_mexico_exp', ['t', 'nat', 'type', 'n']),
  darienNat: file('darien-nat', 'panama_darien', 'irreg_darien_nat', ['t', 'q', 'nat', 'n']),
  darienDmg: file('darien-dmg', 'panama_darien', 'irreg_darien_dmg', ['t', 'q', 'demog', 'n']),
  usa: file('usa', 'us_cbp_sw', 'irreg_usa', ['t', 't_fy', 'component', 'area', 'authority', 'type', 'demog', 'nat', 'n']),
} as const;

export const SOURCE_FILES: SourceFile[] = Object.values(FILES).map(({ id, mirrorPath, url, convertedFrom }) => ({ id, mirrorPath, url, convertedFrom }));
