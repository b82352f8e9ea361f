/**
 * The Darién: the crossing between Colombia and Panama that Panama's SNM counts,
 * a place under Panama (whose country place is its ISO code).
 */
import { countryPlace } from '../../store/dimensions/geography.js';
import type { Place } from '../types.js';

export const DARIEN: Place = {
  code: 'PA-DARIEN',
  level: 'region',
  label: { en: 'Darién (Panama, border with Colombia)', es: 'Darién (Panamá, frontera con Colombia)' },
  parents: [countryPlace('PAN')],
};
