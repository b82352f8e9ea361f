/**
 * The Darién: the crossing between Colombia and Panama that Panama's SNM counts,
 * a place under Panama (whose country place is its ISO code).
 */
import { countryPlace } from '../../store/dimensions/geography.js';
import type { Place } from '../types.js';

export const DARIEN: Place = {
  code: 'PA-DARIEN',
  level: 'region',
  // Just the name, so that "Darién" or "Darien" typed in a filter finds it; its parent says Panama.
  label: { en: 'Darién', es: 'Darién' },
  parents: [countryPlace('PAN')],
};
