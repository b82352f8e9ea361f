/**
 * The file's labels → store codes. Every column is a closed list: an unknown label is
 * an InputError that lists the expected ones.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseEnum } from '../read/cells.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import { placeByCode, regionStateCode, usStateCode } from '../../store/dimensions/geography.js';

export const REGIONS: Record<string, string> = { 'Southwest Land Border': 'US-SWB', 'Northern Land Border': 'US-NLB', Other: 'US-OTH' };

export const DEMOGRAPHICS: Record<string, string> = { 'Single Adults': 'SA', FMUA: 'FMUA', 'UC / Single Minors': 'UC', 'Accompanied Minors': 'AM' };

export const AUTHORITIES: Record<string, string> = { 'Title 8': 'T8', 'Title 42': 'T42' };

// The release names these 21 countries and puts every other citizenship in OTHER.
const CITIZENSHIPS = [
  'BRAZIL', 'CANADA', 'CHINA, PEOPLES REPUBLIC OF', 'COLOMBIA', 'CUBA', 'ECUADOR', 'EL SALVADOR', 'GUATEMALA',
  'HAITI', 'HONDURAS', 'INDIA', 'MEXICO', 'MYANMAR (BURMA)', 'NICARAGUA', 'OTHER', 'PERU', 'PHILIPPINES',
  'ROMANIA', 'RUSSIA', 'TURKEY', 'UKRAINE', 'VENEZUELA',
];
const CITIZENSHIP_LABELS: Record<string, string> = Object.fromEntries(CITIZENSHIPS.map((l) => [l, l]));
const citizenshipCodes = new Map<string, string>();

/** One of the file's 22 citizenship labels, resolved by the shared country table. */
export function citizenshipCode(label: string | null, at: Location): string {
  const known = parseEnum(label, CITIZENSHIP_LABELS, at, 'citizenship');
  let code = citizenshipCodes.get(known);
  if (code === undefined) citizenshipCodes.set(known, (code = resolveCountry(known, at)));
  return code;
}

const SOUTHWEST_STATES = ['AZ', 'CA', 'NM', 'TX'];

const regionStates = new Map<string, string>();

/** The region × state place, e.g. 'US-SWB/TX'; a southwest land border state must border Mexico. */
export function regionStateOf(region: string, stateCell: string | null, at: Location): string {
  const key = JSON.stringify([region, stateCell]);
  let code = regionStates.get(key);
  if (code === undefined) regionStates.set(key, (code = checkedRegionState(region, stateCell, at)));
  return code;
}

function checkedRegionState(region: string, stateCell: string | null, at: Location): string {
  const usps = (stateCell ?? '').trim();
  if (!/^[A-Z]{2}$/.test(usps) || usStateCode(usps) === undefined) {
    throw new InputError(at, 'the two-letter USPS code of a US state or territory, such as "TX"', shown(stateCell), 'unknown state');
  }
  if (region === 'US-SWB' && !SOUTHWEST_STATES.includes(usps)) {
    const list = SOUTHWEST_STATES.map((s) => `"${s}"`).join(', ');
    throw new InputError(at, `one of ${list} on the Southwest Land Border`, shown(stateCell), 'state outside its region');
  }
  const code = regionStateCode(region, usps);
  if (!placeByCode(code)) throw new Error(`geography has no place ${code}`);
  return code;
}
