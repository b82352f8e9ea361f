/**
 * ICE Enforcement and Removal Operations areas of responsibility (AORs), as the
 * ERO-LESA FOIA files name them ("Atlanta Area of Responsibility"), coded 'ICE-' plus
 * the three-letter field office abbreviation ICE and UWCHR use (ATL, SNA, SPM...).
 * Exported so the geography dimension can adopt them; each is a child of 'US'.
 */
import type { Place } from '../../model/index.js';

const AOR_NAMES: [code: string, city: string, es?: string][] = [
  ['ATL', 'Atlanta'],
  ['BAL', 'Baltimore'],
  ['BOS', 'Boston'],
  ['BUF', 'Buffalo'],
  ['CHI', 'Chicago'],
  ['DAL', 'Dallas'],
  ['DEN', 'Denver'],
  ['DET', 'Detroit'],
  ['ELP', 'El Paso'],
  ['HOU', 'Houston'],
  ['LOS', 'Los Angeles'],
  ['MIA', 'Miami'],
  ['NEW', 'Newark'],
  ['NOL', 'New Orleans', 'Nueva Orleans'],
  ['NYC', 'New York City', 'Nueva York'],
  ['PHI', 'Philadelphia', 'Filadelfia'],
  ['PHO', 'Phoenix'],
  ['SEA', 'Seattle'],
  ['SFR', 'San Francisco'],
  ['SLC', 'Salt Lake City'],
  ['SNA', 'San Antonio'],
  ['SND', 'San Diego'],
  ['SPM', 'St. Paul', 'Saint Paul'],
  ['WAS', 'Washington'],
];

const aor = (code: string, en: string, es: string): Place => ({ code, level: 'aor', label: { en, es }, parents: ['US'] });

/** ICE headquarters appears as an AOR of its own in the files. */
export const HQ_AOR = 'ICE-HQS';
/** Records whose Area of Responsibility cell is blank (some arrests). */
export const UNRECORDED_AOR = 'ICE-UNK';

export const ICE_AORS: Place[] = [
  ...AOR_NAMES.map(([code, city, es]) => aor(`ICE-${code}`, `ICE ${city} area of responsibility`, `Área de responsabilidad de ICE de ${es ?? city}`)),
  aor(HQ_AOR, 'ICE headquarters (HQ area of responsibility)', 'Sede central de ICE (área de responsabilidad HQ)'),
  aor(UNRECORDED_AOR, 'ICE area of responsibility not recorded', 'Área de responsabilidad de ICE no registrada'),
];

/** The publisher's label → code. */
const BY_LABEL = new Map<string, string>([
  ...AOR_NAMES.map(([code, city]): [string, string] => [`${city} Area of Responsibility`, `ICE-${code}`]),
  ['HQ Area of Responsibility', HQ_AOR],
]);

/** Code of an "X Area of Responsibility" label; a blank cell is UNRECORDED_AOR; undefined when unknown. */
export function aorCode(label: string | null): string | undefined {
  if (label === null || label.trim() === '') return UNRECORDED_AOR;
  return BY_LABEL.get(label.trim());
}

/** Code from the UWCHR three-letter abbreviation ('ATL'); undefined when unknown. */
export function aorFromAbbreviation(abbrev: string): string | undefined {
  const code = `ICE-${abbrev.trim()}`;
  return AOR_NAMES.some(([c]) => `ICE-${c}` === code) ? code : undefined;
}

/** Every label aorCode accepts, for error messages. */
export const AOR_LABELS = [...BY_LABEL.keys()];
