/**
 * "México te abraza": the federal shelters for people returned from the US (2025), as a
 * third party's replica of the government's dashboard shows them. UNVERIFIED: the
 * capacities look nominal. Each shelter is a place under its INEGI municipality, found
 * by name in INEGI's municipalities file, which this source therefore reads too.
 */
import { MUNICIPALITIES_FILE } from '../inegi-places/describe.js';
import { joinNotes } from '../read/bilingual.js';
import type { SourceDescription } from '../types.js';
import { SNAPSHOT } from './snapshot.js';

const REPO = 'https://raw.githubusercontent.com/Slighting6322/replica_tablero_repatriados';

export const DS = { capacity: 'mx-shelters/capacity', available: 'mx-shelters/available' } as const;

const UNVERIFIED = {
  en: 'UNVERIFIED, THIRD-PARTY DATA. Taken from a replica of the government\'s "México te abraza" dashboard, not from the government; other files of the same repository are clearly synthetic. The capacities look nominal (2,500 places for 24 of the 25 shelters, 2,000 for the other): read them as announced capacity, not as beds counted. Some names and places (El Punto in Ciudad Juárez) match press coverage; verify before use. Sums over a municipality or state cover only this programme\'s shelters.',
  es: 'DATOS NO VERIFICADOS, DE UN TERCERO. Tomados de una réplica del tablero gubernamental de "México te abraza", no del gobierno; otros archivos del mismo repositorio son claramente sintéticos. Las capacidades parecen nominales (2,500 lugares en 24 de los 25 albergues, 2,000 en el otro): léanse como capacidad anunciada, no como camas contadas. Algunos nombres y ubicaciones (El Punto en Ciudad Juárez) coinciden con la prensa; verifíquelos antes de usarlos. Las sumas por municipio o estado cubren solo los albergues de este programa.',
};

export const describe: SourceDescription = {
  id: 'mx-shelters',
  title: {
    en: '"México te abraza" federal shelters for people returned from the US: capacity and places available (UNVERIFIED)',
    es: 'Albergues federales de "México te abraza" para personas retornadas de EE. UU.: capacidad y lugares disponibles (NO VERIFICADO)',
  },
  publisher: { en: 'Gobierno de México, programme "México te abraza" (as shown by a third-party replica of its dashboard, github.com/Slighting6322/replica_tablero_repatriados)', es: 'Gobierno de México, programa «México te abraza» (tal como lo muestra una réplica de terceros de su tablero, github.com/Slighting6322/replica_tablero_repatriados)' },
  landingPage: 'https://github.com/Slighting6322/replica_tablero_repatriados',
  licence: { en: 'No licence stated by the replica\'s repository; the figures are presented there as the Mexican government\'s. Municipal codes: INEGI (Términos de Libre Uso, credit INEGI).', es: 'El repositorio de la réplica no declara licencia; allí las cifras se presentan como del gobierno mexicano. Claves municipales: INEGI (Términos de Libre Uso, con crédito al INEGI).' },
  coverage: { en: '25 shelters in 16 municipalities of Baja California, Sonora, Chihuahua, Coahuila, Nuevo León and Tamaulipas; one snapshot in 2025.', es: '25 albergues en 16 municipios de Baja California, Sonora, Chihuahua, Coahuila, Nuevo León y Tamaulipas; una sola instantánea de 2025.' },
  thirdParty: true,
  provisional: true,
  files: [
    // The mirror's file joins the replica's cat_albergues.csv (figures, coordinates) with its
    // albergues_municipios.csv (municipio, estado, at commit b0a8fd8402fca355bc91606ddc1e4c12b0393dfb).
    { id: 'shelters', mirrorPath: 'geo/mx_te_abraza_shelters/mx_te_abraza_shelters_border.csv', url: `${REPO}/c6ab3351db9809778fe7bfd01dcafcada3c36bf2/data/cat_albergues.csv`, convertedFrom: {} },
    { ...MUNICIPALITIES_FILE, id: 'inegi-municipalities' },
  ],
  datasets: [
    {
      id: DS.capacity,
      title: { en: '"México te abraza" shelters: capacity (UNVERIFIED, looks nominal)', es: 'Albergues de "México te abraza": capacidad (NO VERIFICADO, parece nominal)' },
      measure: 'shelter-capacity',
      grain: SNAPSHOT.grain,
      complete: ['geography'],
      rounding: 1,
      notes: joinNotes(UNVERIFIED, SNAPSHOT),
    },
    {
      id: DS.available,
      title: { en: '"México te abraza" shelters: places available (UNVERIFIED)', es: 'Albergues de "México te abraza": lugares disponibles (NO VERIFICADO)' },
      measure: 'shelter-available',
      grain: SNAPSHOT.grain,
      complete: ['geography'],
      rounding: 1,
      notes: joinNotes(UNVERIFIED, SNAPSHOT),
    },
  ],
  measures: [
    {
      id: 'shelter-capacity',
      label: { en: 'Shelter capacity', es: 'Capacidad de albergue' },
      definition: {
        en: 'Places (beds) a shelter can hold, as its operator states it. A level, not a count of events: never add periods together.',
        es: 'Lugares (camas) que puede ocupar un albergue, según su operador. Es un nivel, no un conteo de eventos: no se suman periodos.',
      },
      stock: true,
      unit: 'beds',
    },
    {
      id: 'shelter-available',
      label: { en: 'Shelter places available', es: 'Lugares disponibles en albergue' },
      definition: {
        en: 'Places (beds) of a shelter not occupied when the figure was taken. A level, not a count of events: never add periods together.',
        es: 'Lugares (camas) de un albergue no ocupados cuando se tomó la cifra. Es un nivel, no un conteo de eventos: no se suman periodos.',
      },
      stock: true,
      unit: 'beds',
    },
  ],
};
