/**
 * Measures shared by several sources. A source that alone uses a measure declares it
 * in its own describe. Measures count events, not people, unless the publisher says so.
 */
import type { MeasureDefinition } from '../../model/index.js';

export const SHARED_MEASURES: MeasureDefinition[] = [
  {
    id: 'encounters',
    label: { en: 'CBP encounters', es: 'Encuentros de CBP' },
    definition: {
      en: 'Border Patrol Title 8 apprehensions, plus OFO Title 8 inadmissibles, plus Title 42 expulsions by either component. Events, not people: a person who crosses twice is counted twice. Before FY2020 Border Patrol "apprehensions" and encounters are the same thing.',
      es: 'Detenciones de la Patrulla Fronteriza bajo el Título 8, más inadmisibles de OFO bajo el Título 8, más expulsiones bajo el Título 42 de cualquiera de los dos componentes. Son eventos, no personas: quien cruza dos veces cuenta dos veces. Antes del año fiscal 2020 las "detenciones" de la Patrulla Fronteriza y los encuentros son lo mismo.',
    },
    unit: 'events',
  },
  {
    id: 'bookouts',
    label: { en: 'CBP southwest border book-outs', es: 'Egresos de custodia de CBP en la frontera suroeste' },
    definition: {
      en: 'How CBP custody ended after a southwest border encounter (category): Title 42 expulsion, Title 8 repatriation, release, parole, MPP, transfer to ICE or HHS, other.',
      es: 'Cómo terminó la custodia de CBP tras un encuentro en la frontera suroeste (categoría): expulsión bajo el Título 42, repatriación bajo el Título 8, liberación, parole, MPP, traslado a ICE o HHS, otros.',
    },
    unit: 'events',
  },
  {
    id: 'repatriations',
    label: { en: 'DHS repatriations', es: 'Repatriaciones del DHS' },
    definition: {
      en: 'Removals, returns and Title 42 expulsions carried out by DHS, by type (category).',
      es: 'Deportaciones (removals), retornos y expulsiones bajo el Título 42 realizadas por el DHS, por tipo (categoría).',
    },
    unit: 'events',
  },
  {
    id: 'removals',
    label: { en: 'Removals', es: 'Deportaciones (removals)' },
    definition: {
      en: 'Compulsory and confirmed movements of an inadmissible or deportable noncitizen out of the US based on an order of removal. Events, not people.',
      es: 'Salidas obligatorias y confirmadas de una persona extranjera inadmisible o deportable de EE. UU. con base en una orden de deportación. Eventos, no personas.',
    },
    unit: 'events',
  },
  {
    id: 'ice-arrests',
    label: { en: 'ICE ERO administrative arrests', es: 'Arrestos administrativos de ICE ERO' },
    definition: {
      en: 'Administrative arrests by ICE Enforcement and Removal Operations. Events, not people.',
      es: 'Arrestos administrativos de la Oficina de Operaciones de Control y Deportación de ICE. Eventos, no personas.',
    },
    unit: 'events',
  },
];
