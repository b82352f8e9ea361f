/**
 * Encuentros.csv's "Location" (a Border Patrol sector's name) → the places corridor
 * knows: the sector for Border Patrol rows, and for port (OFO, CBP One) rows the CBP
 * field office whose area holds it. Also the US and Mexican states the file pairs
 * with each location ("Ciudad EEUU", "Ciudad MX"), checked on every row.
 */
import { sectorCode } from '../../store/dimensions/geography.js';

interface EncounterPlace {
  usState: string;
  mxState: string;
  fieldOffice: string;
}

export const LOCATIONS: Record<string, EncounterPlace> = {
  'San Diego': { usState: 'California', mxState: 'Baja California', fieldOffice: 'OFO-SDO' },
  'El Centro': { usState: 'California', mxState: 'Baja California', fieldOffice: 'OFO-SDO' },
  Yuma: { usState: 'Arizona', mxState: 'Sonora', fieldOffice: 'OFO-TUC' },
  Tucson: { usState: 'Arizona', mxState: 'Sonora', fieldOffice: 'OFO-TUC' },
  'El Paso': { usState: 'Texas', mxState: 'Chihuahua', fieldOffice: 'OFO-ELP' },
  'Big Bend': { usState: 'Texas', mxState: 'Chihuahua', fieldOffice: 'OFO-ELP' },
  'Del Rio': { usState: 'Texas', mxState: 'Coahuila', fieldOffice: 'OFO-LRD' },
  Laredo: { usState: 'Texas', mxState: 'Tamaulipas', fieldOffice: 'OFO-LRD' },
  'Rio Grande': { usState: 'Texas', mxState: 'Tamaulipas', fieldOffice: 'OFO-LRD' },
};

/** The file says "Rio Grande" for the Rio Grande Valley sector. */
const SECTOR_NAMES: Record<string, string> = { 'Rio Grande': 'Rio Grande Valley' };

/** The Border Patrol sector of a location (every key of LOCATIONS has one). */
export function locationSector(location: string): string {
  const code = sectorCode(SECTOR_NAMES[location] ?? location);
  if (!code) throw new Error(`no Border Patrol sector for location "${location}"`);
  return code;
}
