/**
 * Municipalities and localities as places (each under its parent, with coordinates: a
 * municipality's are those of its seat when the seat is a locality of 1,000 or more),
 * and their 2020 population by sex in two datasets: a locality is inside its
 * municipality, so the two cannot share one table. A municipality created after the
 * census is a place with no figure (see municipalCounts in cells.ts).
 */
import type { Place } from '../../model/index.js';
import { observation, type Observation, type ParseContext, type ParsedSource } from '../types.js';
import type { Counts } from './cells.js';
import { CENSUS_YEAR, DS } from './describe.js';
import { readLocalities } from './localities.js';
import { readMunicipalities } from './municipalities.js';

export async function parse(ctx: ParseContext): Promise<ParsedSource> {
  const { municipalities: mFile, localities: lFile } = ctx.files;
  if (!mFile || !lFile) throw new Error('inegi-places: files "municipalities" and "localities" are both needed');
  const municipalities = await readMunicipalities(ctx, mFile);
  ctx.progress?.(0.3, 'municipalities');
  const localities = await readLocalities(ctx, lFile, municipalities);
  ctx.progress?.(0.8, 'localities');
  const byKey = new Map(localities.map((l) => [l.cvegeo, l]));

  const places: Place[] = [
    ...municipalities.map((m): Place => {
      const seat = m.seat ? byKey.get(m.seat) : undefined;
      return { code: m.code, level: 'municipality', label: { en: m.name, es: m.name }, parents: [m.state], ...(seat ? { lat: seat.lat, lon: seat.lon } : {}) };
    }),
    ...localities.map((l): Place => ({ code: `MX-${l.cvegeo}`, level: 'locality', label: { en: l.name, es: l.name }, parents: [l.municipality], lat: l.lat, lon: l.lon })),
  ];
  const observations = [
    ...municipalities.flatMap((m) => (m.population ? bySex(DS.municipalities, m.code, m.population, m.at) : [])),
    ...localities.flatMap((l) => bySex(DS.localities, `MX-${l.cvegeo}`, l.population, l.at)),
  ];
  return { observations, places };
}

function bySex(dataset: string, geography: string, p: Counts, at: (column: string) => Observation['at']): Observation[] {
  return [
    observation(dataset, CENSUS_YEAR, p.total, { geography }, at('poblacion_total')),
    observation(dataset, CENSUS_YEAR, p.male, { geography, demographic: 'MALE' }, at('poblacion_masculina')),
    observation(dataset, CENSUS_YEAR, p.female, { geography, demographic: 'FEMALE' }, at('poblacion_femenina')),
  ];
}
