/**
 * Categories of the OHSS monthly tables and the column headers that name them.
 */
import type { CategoryDefinition } from '../types.js';

const cat = (id: string, en: string, es: string, def?: [string, string]): CategoryDefinition => ({
  id,
  label: { en, es },
  ...(def ? { definition: { en: def[0], es: def[1] } } : {}),
});

export const ENCOUNTER_TYPES: CategoryDefinition[] = [
  cat('encounter-type:enforcement', 'Enforcement encounters', 'Encuentros de control', [
    'All USBP encounters, OFO encounters other than administrative ones, and Title 42 expulsions.',
    'Todos los encuentros de la Patrulla Fronteriza, los de OFO que no son administrativos y las expulsiones bajo el Título 42.',
  ]),
  cat('encounter-type:administrative', 'Administrative encounters', 'Encuentros administrativos', [
    'OFO encounters in which removal proceedings are not considered: certain withdrawn applications for admission (before FY2024), crew members without visas kept aboard, persons paroled without removal proceedings.',
    'Encuentros de OFO en los que no se considera un procedimiento de deportación: ciertas solicitudes de admisión retiradas (antes del año fiscal 2024), tripulantes sin visa retenidos a bordo, personas admitidas con parole sin procedimiento de deportación.',
  ]),
];

export const BOOKOUTS: CategoryDefinition[] = [
  cat('bookout:t8-repatriation', 'Title 8 repatriation', 'Repatriación bajo el Título 8', [
    'Removals and returns under Title 8 immigration law.',
    'Deportaciones y retornos bajo la ley de inmigración (Título 8).',
  ]),
  cat('bookout:t42-expulsion', 'Title 42 expulsion', 'Expulsión bajo el Título 42', [
    "Expulsions under the CDC's Title 42 public health order (March 2020 to May 2023).",
    'Expulsiones bajo la orden sanitaria del Título 42 de los CDC (marzo de 2020 a mayo de 2023).',
  ]),
  cat('bookout:mpp', 'Migrant Protection Protocols', 'Protocolos de Protección a Migrantes (MPP)', [
    'Returns to Mexico under the Migrant Protection Protocols to await immigration court hearings.',
    'Retornos a México bajo los Protocolos de Protección a Migrantes para esperar sus audiencias.',
  ]),
  cat('bookout:transfer-ice', 'Transfer to ICE', 'Traslado a ICE', [
    'Transfers to ICE Enforcement and Removal Operations for further processing or detention.',
    'Traslados a la Oficina de Control y Deportación de ICE para trámite adicional o detención.',
  ]),
  cat('bookout:transfer-hhs', 'Transfer to HHS', 'Traslado a HHS', [
    'Unaccompanied children transferred to the care and custody of the Department of Health and Human Services.',
    'Niñas, niños y adolescentes no acompañados entregados al cuidado y custodia del Departamento de Salud y Servicios Humanos.',
  ]),
  cat('bookout:usbp-release', 'Border Patrol release', 'Liberación por la Patrulla Fronteriza', [
    'Released by USBP with a Notice to Appear, on their own recognizance, or paroled.',
    'Liberados por la Patrulla Fronteriza con un citatorio (Notice to Appear), bajo palabra o con parole.',
  ]),
  cat('bookout:ofo-parole', 'OFO parole', 'Parole de OFO', [
    'Processed at a port of entry and released from OFO custody, mostly on parole.',
    'Procesados en un puerto de entrada y liberados de la custodia de OFO, sobre todo con parole.',
  ]),
  cat('bookout:other', 'Other book-out outcome', 'Otro egreso de custodia', [
    'Transfers to other law enforcement agencies and less common outcomes.',
    'Traslados a otras autoridades y resultados menos frecuentes.',
  ]),
];

/** Book-out column headers (footnotes stripped) → category; "Total Encounters" is every outcome. */
export const BOOKOUT_HEADERS: Record<string, string> = {
  'Total Encounters': 'ALL',
  'T8 repatriations': 'bookout:t8-repatriation',
  'T42 expulsions': 'bookout:t42-expulsion',
  'Migrant Protection Protocols': 'bookout:mpp',
  'Transfers to ICE': 'bookout:transfer-ice',
  'Transfers to HHS': 'bookout:transfer-hhs',
  'USBP Releases': 'bookout:usbp-release',
  'OFO Paroles': 'bookout:ofo-parole',
  'Other outcomes': 'bookout:other',
};

export const REPATRIATIONS: CategoryDefinition[] = [
  cat('repatriation:removal', 'Removals', 'Deportaciones (removals)', [
    'Compulsory and confirmed movements out of the US based on an order of removal (Title 8).',
    'Salidas obligatorias y confirmadas de EE. UU. con base en una orden de deportación (Título 8).',
  ]),
  cat('repatriation:enforcement-return', 'Enforcement returns', 'Retornos de control', [
    'Title 8 returns without an order of removal: withdrawals, voluntary returns, voluntary departures and others.',
    'Retornos bajo el Título 8 sin orden de deportación: retiros de solicitud, retornos voluntarios, salidas voluntarias y otros.',
  ]),
  cat('repatriation:administrative-return', 'Administrative returns', 'Retornos administrativos', [
    'Title 8 returns not counted as enforcement: certain withdrawals (before FY2024) and crew members detained aboard.',
    'Retornos bajo el Título 8 que no cuentan como de control: ciertos retiros de solicitud (antes del año fiscal 2024) y tripulantes retenidos a bordo.',
  ]),
  cat('repatriation:t42-expulsion', 'Title 42 expulsions', 'Expulsiones bajo el Título 42'),
  cat('repatriation:expedited-removal', 'Expedited removals', 'Deportaciones expeditas'),
  cat('repatriation:reinstatement', 'Reinstatements of removal orders', 'Reinstalaciones de órdenes de deportación'),
  cat('repatriation:other-removal', 'Other removals', 'Otras deportaciones'),
  cat('repatriation:enforcement-withdrawal', 'Withdrawals (enforcement returns)', 'Retiros de solicitud de admisión (retornos de control)', [
    'Withdrawn applications for admission in lieu of immigration proceedings.',
    'Solicitudes de admisión retiradas en lugar de un procedimiento migratorio.',
  ]),
  cat('repatriation:voluntary-return', 'Voluntary returns', 'Retornos voluntarios'),
  cat('repatriation:voluntary-departure', 'Voluntary departures', 'Salidas voluntarias'),
  cat('repatriation:other-enforcement-return', 'Other enforcement returns', 'Otros retornos de control', [
    'Returns with an unknown or other return type.',
    'Retornos de tipo desconocido u otro.',
  ]),
  cat('repatriation:administrative-withdrawal', 'Withdrawals (administrative returns)', 'Retiros de solicitud de admisión (retornos administrativos)', [
    'Withdrawn applications for admission before FY2024 in which removal proceedings were not considered.',
    'Solicitudes de admisión retiradas antes del año fiscal 2024 en las que no se consideró un procedimiento de deportación.',
  ]),
  cat('repatriation:crew-detained', 'Crew members detained', 'Tripulantes retenidos'),
  cat('repatriation:title-8', 'All Title 8 repatriations', 'Todas las repatriaciones bajo el Título 8', [
    'Removals plus enforcement and administrative returns (no Title 42 expulsions).',
    'Deportaciones más retornos de control y administrativos (sin expulsiones bajo el Título 42).',
  ]),
  cat('repatriation:title-8-enforcement', 'Title 8 enforcement repatriations', 'Repatriaciones de control bajo el Título 8', [
    'Removals plus enforcement returns (no administrative returns, no Title 42 expulsions).',
    'Deportaciones más retornos de control (sin retornos administrativos ni expulsiones bajo el Título 42).',
  ]),
];

export const CATEGORIES: CategoryDefinition[] = [...ENCOUNTER_TYPES, ...BOOKOUTS, ...REPATRIATIONS];
