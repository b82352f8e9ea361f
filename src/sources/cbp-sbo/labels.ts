/**
 * The file's labels → store codes. Every column is a closed list: an unknown label is
 * an InputError that lists the expected ones.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseEnum } from '../read/cells.js';
import { resolveCountry } from '../../store/dimensions/countries.js';

export const COMPONENTS: Record<string, string> = { 'U.S. Border Patrol': 'USBP', 'Office of Field Operations': 'OFO' };

export const DEMOGRAPHICS: Record<string, string> = { 'Single Adults': 'SA', FMUA: 'FMUA', UAC: 'UC', 'Accompanied Minors': 'AM' };

export const AUTHORITIES: Record<string, string> = { 'Title 8': 'T8', 'Title 42': 'T42' };

const CITIZENSHIPS = ['El Salvador', 'Guatemala', 'Honduras', 'Mexico', 'Other'];
const CITIZENSHIP_LABELS: Record<string, string> = Object.fromEntries(CITIZENSHIPS.map((l) => [l, l]));
const citizenshipCodes = new Map<string, string>();

/** The closed list of the file's citizenship groups, each resolved by the shared country table. */
export function citizenshipCode(label: string | null, at: Location): string {
  const known = parseEnum(label, CITIZENSHIP_LABELS, at, 'citizenship grouping');
  let code = citizenshipCodes.get(known);
  if (code === undefined) citizenshipCodes.set(known, (code = resolveCountry(known, at)));
  return code;
}

const ENCOUNTER_TYPES: Record<string, string> = { Apprehensions: 'Apprehensions', Inadmissibles: 'Inadmissibles', Expulsions: 'Expulsions' };

/**
 * Encounter Type is implied by component × authority, so it is checked, not stored:
 * Title 42 → Expulsions; Title 8 → Apprehensions (USBP) or Inadmissibles (OFO).
 */
export function checkEncounterType(label: string | null, component: string, authority: string, at: Location): void {
  const found = parseEnum(label, ENCOUNTER_TYPES, at, 'encounter type');
  const expected = authority === 'T42' ? 'Expulsions' : component === 'USBP' ? 'Apprehensions' : 'Inadmissibles';
  if (found !== expected) {
    const labelOf = (map: Record<string, string>, code: string) => Object.keys(map).find((k) => map[k] === code);
    const context = authority === 'T42' ? labelOf(AUTHORITIES, authority) : `${labelOf(COMPONENTS, component)}, ${labelOf(AUTHORITIES, authority)}`;
    throw new InputError(at, `"${expected}" (${context})`, shown(found), 'inconsistent encounter type');
  }
}
