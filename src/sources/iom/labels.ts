/**
 * The closed lists of labels in IOM's files, mapped to the store's codes.
 */
import { RETURN_CATEGORY } from './measures.js';

/** UPM table 3.1.3: sex × age → demographic. */
export const UPM_SEX = { male: 'MALE', female: 'FEMALE' } as const;
export const UPM_AGE = {
  '18+': 'ADULT',
  '12-17': '12-17',
  'under 12, accompanied': 'U12-ACC',
  'under 12, unaccompanied': 'U12-UNACC',
} as const;

/** UPM table 3.2.4: kind of return → category. */
export const RETURN_TYPES: Record<string, string> = {
  deportation: RETURN_CATEGORY.deportation,
  'assisted return': RETURN_CATEGORY.assisted,
  'assisted return of children': RETURN_CATEGORY.assistedChildren,
};

/**
 * Darién by sex and age: in 2021-2022 SNM counts men and women only, children
 * included (the two add up to the total), so they are all males and all females;
 * from 2023 men and women are adults, boys and girls minors.
 */
export const DARIEN_DEMOGRAPHICS_TO_2022: Record<string, string> = { men: 'MALE', women: 'FEMALE' };
export const DARIEN_DEMOGRAPHICS_FROM_2023: Record<string, string> = { men: 'MALE-ADULT', women: 'FEMALE-ADULT', boys: 'MALE-MINOR', girls: 'FEMALE-MINOR' };

/** CBP: component, authority, and the type each pair implies (checked, not stored). */
export const COMPONENTS: Record<string, string> = { 'U.S. Border Patrol': 'USBP', 'Office of Field Operations': 'OFO' };
export const AUTHORITIES: Record<string, string> = { 'Title 8': 'T8', 'Title 42': 'T42' };
export const TYPE_OF: Record<string, string> = {
  'USBP T8': 'Apprehensions',
  'OFO T8': 'Inadmissibles',
  'USBP T42': 'Expulsions',
  'OFO T42': 'Expulsions',
};

/** CBP demographics: "UC / Single Minors" (to 2021) and "UAC" (from 2021) are both unaccompanied children. */
export const CBP_DEMOGRAPHICS: Record<string, string> = {
  'Single Adults': 'SA',
  FMUA: 'FMUA',
  'UC / Single Minors': 'UC',
  UAC: 'UC',
  'Accompanied Minors': 'AM',
};
