/**
 * Origin and asylum codes → store codes. Origins are citizenship codes (ISO alpha-3,
 * or UNKNOWN / STATELESS / OTHER for UNHCR's own codes: aliases/unhcr.ts). Countries
 * of asylum are places: countryPlace() of the country, and one place of this source
 * for UNHCR's "Unknown" country of asylum.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { countryByCode, resolveCountry } from '../../store/dimensions/countries.js';
import type { Place } from '../../model/index.js';
import { countryPlace, placeByCode } from '../../store/dimensions/geography.js';

export const UNKNOWN_ASYLUM: Place = {
  code: 'UNHCR-UNK',
  level: 'country',
  label: { en: 'Country of asylum unknown (UNHCR)', es: 'País de asilo desconocido (ACNUR)' },
  parents: [],
};

const citizenships = new Map<string, string>();

/** The citizenship code of an origin code (checked before, so known). */
export function citizenshipOf(iso: string, at: Location): string {
  let code = citizenships.get(iso);
  if (code === undefined) citizenships.set(iso, (code = resolveCountry(iso, at)));
  return code;
}

const places = new Map<string, string>();

/** The place of a country of asylum; a group other than "unknown" cannot be one. */
export function asylumPlaceOf(iso: string, at: Location): string {
  const known = places.get(iso);
  if (known !== undefined) return known;
  const code = citizenshipOf(iso, at);
  const place = code === 'UNKNOWN' ? UNKNOWN_ASYLUM : countryByCode(code)?.group ? undefined : placeByCode(countryPlace(code));
  if (!place) throw new InputError(at, 'the ISO code of a country (or UNK, unknown)', `${shown(iso)}, which is not a country`, 'not a country of asylum');
  places.set(iso, place.code);
  return place.code;
}
