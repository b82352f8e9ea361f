/**
 * The workbook's dimension labels → store codes. Every label is checked: an unknown
 * one is an InputError naming the cell, never a silent OTHER.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseEnum } from '../read/cells.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import { placeByCode, sectorCode } from '../../store/dimensions/geography.js';

const REGIONS: Record<string, string> = {
  'Southwest Land Border': 'US-SWB',
  'Northern Land Border': 'US-NLB',
  'Coastal Border': 'US-CST',
};

const FAMILY_STATUSES: Record<string, string> = {
  'Single Adults': 'SA',
  'Family Unit Individuals': 'FMUA',
  'Unaccompanied Children': 'UC',
};

export function regionCode(label: string, at: Location): string {
  return parseEnum(label, REGIONS, at, 'border region');
}

export function familyStatusCode(label: string, at: Location): string {
  return parseEnum(label, FAMILY_STATUSES, at, 'family status');
}

export function citizenshipCode(label: string, at: Location): string {
  return resolveCountry(label, at);
}

/** A USBP sector code from "Rio Grande Valley, TX"; `region` (a code), when given, must be its region. */
export function sectorOf(label: string, at: Location, region?: string): string {
  const code = sectorCode(label);
  if (!code) throw new InputError(at, 'a US Border Patrol sector such as "Rio Grande Valley, TX"', shown(label), 'unknown sector');
  const parent = placeByCode(code)!.parents[0];
  if (region !== undefined && parent !== region) {
    const name = Object.keys(REGIONS).find((k) => REGIONS[k] === region);
    throw new InputError(at, `a sector of the ${name} region`, `${shown(label)}, a sector of ${placeByCode(parent)!.label.en}`, 'sector outside its region');
  }
  return code;
}
