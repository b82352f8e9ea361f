/**
 * Every country label corridor has been taught, grouped by the files it was seen in.
 * The same label must not map to two codes (checked when the lookup is built).
 */
import { INM_ALIASES } from './inm.js';
import { IOM_ALIASES } from './iom.js';
import { UNHCR_ALIASES } from './unhcr.js';
import { UPM_ALIASES } from './upm.js';
import { US_ALIASES } from './us.js';
import { VACCINES_ALIASES } from './vaccines.js';

export const ALIAS_GROUPS: Record<string, Record<string, string>> = {
  us: US_ALIASES,
  upm: UPM_ALIASES,
  inm: INM_ALIASES,
  unhcr: UNHCR_ALIASES,
  iom: IOM_ALIASES,
  vaccines: VACCINES_ALIASES,
};
