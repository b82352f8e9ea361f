/**
 * The measures and categories only the IA-NAMI files use. Every count is of events
 * (a person rescued twice counts twice) except the caravans' approximate sizes.
 */
import type { CategoryDefinition, MeasureDefinition } from '../types.js';

export const MEASURE = {
  presented: 'inm-presentados',
  rescued: 'inm-rescatados',
  difReferrals: 'inm-canalizados',
  returns: 'inm-returns',
  mexicansReceived: 'inm-mexicans-received',
  foreignersReceived: 'inm-foreigners-received',
  inadmissions: 'inm-inadmissions',
  usEncounters: 'inm-us-encounters',
  transfers: 'inm-transfers',
  caravanSize: 'inm-caravan-size',
  caravans: 'inm-caravans',
} as const;

export const CATEGORY = {
  firstTime: 'rescue:first-time',
  repeat: 'rescue:repeat',
  northSouth: 'rescue:north-south',
  presentedEm: 'rescue:presented-em',
  difReferral: 'rescue:dif-referral',
  deportation: 'return:deportation',
  assisted: 'return:assisted',
  land: 'repatriation:land',
  prim: 'repatriation:prim-flight',
  unaccompanied: 'minor:unaccompanied',
  accompanied: 'minor:accompanied',
  usbp: 'encounter:usbp',
  ofo: 'encounter:ofo',
  cbpOne: 'encounter:cbp-one',
} as const;

const EVENTS_EN = 'Events, not people: a person counted on two days, or by two offices, counts twice.';
const EVENTS_ES = 'Son eventos, no personas: quien es contado en dos días, o por dos oficinas, cuenta dos veces.';

const measure = (id: string, en: string, es: string, defEn: string, defEs: string, unit: MeasureDefinition['unit'] = 'events'): MeasureDefinition => ({
  id,
  label: { en, es },
  definition: unit === 'events' ? { en: `${defEn} ${EVENTS_EN}`, es: `${defEs} ${EVENTS_ES}` } : { en: defEn, es: defEs },
  unit,
});

export const MEASURES: MeasureDefinition[] = [
  measure(
    MEASURE.presented,
    'Foreigners presented at INM migration stations (Presentados.csv)',
    'Personas extranjeras presentadas en estaciones migratorias del INM (Presentados.csv)',
    'Foreigners in irregular status placed before the immigration authority at an INM migration station or provisional facility, by the station\'s state, as INM\'s daily file "Presentados" counts them. Not the same count as "PRESENTADOS EN EM" inside the rescue file (inm-rescatados, category rescue:presented-em), which is about four times larger over the same days: different definition or coverage, never add or mix the two.',
    'Personas extranjeras en situación irregular presentadas ante la autoridad migratoria en una estación migratoria o estancia provisional del INM, por estado de la estación, según el archivo diario "Presentados" del INM. No es el mismo conteo que "PRESENTADOS EN EM" del archivo de rescates (inm-rescatados, categoría rescue:presented-em), unas cuatro veces mayor en los mismos días: otra definición o cobertura; no se suman ni se mezclan.',
  ),
  measure(
    MEASURE.rescued,
    'Foreigners "rescued" (apprehended) by INM',
    'Personas extranjeras rescatadas por el INM',
    'Foreigners in irregular status found and detained by INM ("rescate" is INM\'s term for apprehension), by the state of the INM office and nationality. Categories: first-time and repeat rescues (as published; the repeat count is not inside the total, see the table notes), CONDUCCIÓN DE NORTE A SUR, and what followed the rescue (presented at a migration station, or referred to DIF).',
    'Personas extranjeras en situación irregular localizadas y detenidas por el INM ("rescate" en la terminología del INM), por estado de la oficina del INM y nacionalidad. Categorías: rescates por primera vez y reincidencias (como se publican; las reincidencias no están dentro del total, ver notas de la tabla), conducción de norte a sur, y qué siguió al rescate (presentación en estación migratoria o canalización al DIF).',
  ),
  measure(
    MEASURE.difReferrals,
    'Foreigners referred (canalizados) to DIF child-welfare facilities',
    'Personas extranjeras canalizadas al DIF',
    'Foreigners, mostly children and the families travelling with them, whom INM referred to a facility of the DIF child-welfare system or a shelter, by the state of the INM office and nationality (summed over facilities).',
    'Personas extranjeras, sobre todo niñas, niños y adolescentes y las familias con que viajan, canalizadas por el INM a un centro del sistema DIF o a un albergue, por estado de la oficina del INM y nacionalidad (sumadas sobre los centros).',
  ),
  measure(
    MEASURE.returns,
    'Foreigners returned by Mexico to their country',
    'Personas extranjeras retornadas por México a su país',
    'Foreigners Mexico sent back to their country of nationality: deportations plus assisted returns (category), by the state of the INM office and nationality.',
    'Personas extranjeras que México devolvió a su país de nacionalidad: deportaciones más retornos asistidos (categoría), por estado de la oficina del INM y nacionalidad.',
  ),
  measure(
    MEASURE.mexicansReceived,
    'Mexicans repatriated from the US, received by INM',
    'Personas mexicanas repatriadas desde EE. UU. recibidas por el INM',
    'Mexican nationals repatriated by the United States and received by INM, by the state of the receiving point: at land ports of the northern border, or by interior-repatriation (PRIM) flights to airports in the interior and the south; adults, minors, and unaccompanied and accompanied children.',
    'Personas mexicanas repatriadas por Estados Unidos y recibidas por el INM, por estado del punto de recepción: en puertos terrestres de la frontera norte o en vuelos del Programa de Repatriación al Interior de México (PRIM) a aeropuertos del centro y sur; adultos, menores, y niñas, niños y adolescentes no acompañados y acompañados.',
  ),
  measure(
    MEASURE.foreignersReceived,
    'Non-Mexicans received by Mexico from the US',
    'Personas extranjeras recibidas por México desde EE. UU.',
    'Third-country nationals (not Mexican) whom the United States sent to Mexico and Mexico accepted, by the state of the receiving point and nationality.',
    'Personas de terceros países (no mexicanas) que Estados Unidos envió a México y México aceptó, por estado del punto de recepción y nacionalidad.',
  ),
  measure(
    MEASURE.inadmissions,
    'Foreigners refused entry to Mexico (inadmissions)',
    'Personas extranjeras inadmitidas en México',
    'Foreigners refused entry at Mexico\'s ports of entry (mostly international airports), by the state of the INM office and nationality.',
    'Personas extranjeras a quienes se negó la entrada en los puntos de internación de México (sobre todo aeropuertos internacionales), por estado de la oficina del INM y nacionalidad.',
  ),
  measure(
    MEASURE.usEncounters,
    'US southwest border encounters, as INM reports them daily',
    'Encuentros en la frontera suroeste de EE. UU., según el reporte diario del INM',
    'Encounters by U.S. CBP on the southwest border (Border Patrol between ports; OFO at ports, with CBP One appointments apart), by Border Patrol sector or OFO field office and citizenship, copied day by day into INM\'s files. Provisional daily counts: they differ by a few per cent from CBP\'s published monthly figures.',
    'Encuentros de CBP en la frontera suroeste de EE. UU. (Patrulla Fronteriza entre puertos; OFO en puertos, con las citas de CBP One aparte), por sector de la Patrulla Fronteriza u oficina de campo de OFO y ciudadanía, copiados día por día en los archivos del INM. Conteos diarios provisionales: difieren en un pequeño porcentaje de las cifras mensuales publicadas por CBP.',
  ),
  measure(
    MEASURE.transfers,
    'INM transfers of migrants out of the northern border states',
    'Traslados del INM de personas migrantes desde los estados de la frontera norte',
    'People transferred by INM away from one of the six northern border states (Baja California, Sonora, Chihuahua, Coahuila, Nuevo León, Tamaulipas), by state of departure.',
    'Personas trasladadas por el INM fuera de uno de los seis estados de la frontera norte (Baja California, Sonora, Chihuahua, Coahuila, Nuevo León, Tamaulipas), por estado de salida.',
  ),
  measure(
    MEASURE.caravanSize,
    'Migrant caravans: approximate number of people setting out',
    'Caravanas migrantes: número aproximado de personas que inician la movilización',
    'INM\'s approximate count of the people who set out in a migrant caravan, on the day it set out, by the state it left from. Estimates, rounded as INM gives them.',
    'Conteo aproximado del INM de las personas que inician una caravana migrante, el día de salida, por estado de partida. Estimaciones, redondeadas como las da el INM.',
    'people',
  ),
  measure(
    MEASURE.caravans,
    'Migrant caravans setting out',
    'Caravanas migrantes que inician',
    'Number of migrant caravans that set out on a day, by the state they left from, as listed by INM for the current federal administration (October 2024 on).',
    'Número de caravanas migrantes que salieron en un día, por estado de partida, según la lista del INM para la administración federal actual (desde octubre de 2024).',
    'caravans',
  ),
];

const category = (id: string, en: string, es: string, defEn: string, defEs: string): CategoryDefinition => ({
  id,
  label: { en, es },
  definition: { en: defEn, es: defEs },
});

export const CATEGORIES: CategoryDefinition[] = [
  category(CATEGORY.firstTime, 'First-time rescue', 'Rescate por primera vez', 'Rescues of a person INM had not rescued before (PRIMERA VEZ).', 'Rescates de una persona que el INM no había rescatado antes (PRIMERA VEZ).'),
  category(CATEGORY.repeat, 'Repeat rescue', 'Reincidencia', 'Rescues of a person INM had rescued before (REINCIDENCIA), as published: on rows of their own whose total is 0, so not inside the published total.', 'Rescates de una persona que el INM ya había rescatado (REINCIDENCIA), como se publican: en filas propias cuyo total es 0, por lo que no están dentro del total publicado.'),
  category(CATEGORY.northSouth, 'Conveyed from north to south', 'Conducción de norte a sur', 'Rescued people conveyed by INM from the north to the south of Mexico (CONDUCCIÓN DE NORTE A SUR); the column is blank in the release read.', 'Personas rescatadas conducidas por el INM del norte al sur de México (CONDUCCIÓN DE NORTE A SUR); la columna está vacía en la versión leída.'),
  category(CATEGORY.presentedEm, 'Presented at a migration station', 'Presentados en estación migratoria', 'Rescued foreigners then presented at a migration station (PRESENTADOS EN EM). Not the count of Presentados.csv (measure inm-presentados).', 'Personas rescatadas y luego presentadas en una estación migratoria (PRESENTADOS EN EM). No es el conteo de Presentados.csv (medida inm-presentados).'),
  category(CATEGORY.difReferral, 'Referred to DIF', 'Canalizados al DIF', 'Rescued foreigners then referred to the DIF child-welfare system (CANALIZADOS AL DIF), mostly children and their families.', 'Personas rescatadas y luego canalizadas al sistema DIF (CANALIZADOS AL DIF), sobre todo menores y sus familias.'),
  category(CATEGORY.deportation, 'Deportation', 'Deportación', 'Return ordered by INM (DEPORTADOS).', 'Devolución ordenada por el INM (DEPORTADOS).'),
  category(CATEGORY.assisted, 'Assisted return', 'Retorno asistido', 'Return requested or accepted by the person and organised by INM (RETORNOS ASISTIDOS).', 'Devolución solicitada o aceptada por la persona y organizada por el INM (RETORNOS ASISTIDOS).'),
  category(CATEGORY.land, 'Received at a land port', 'Recibidos por vía terrestre', 'Repatriated through a land port of entry on the northern border (TERRESTRES).', 'Repatriados por un puerto terrestre de la frontera norte (TERRESTRES).'),
  category(CATEGORY.prim, 'Received on a PRIM flight', 'Recibidos en vuelo PRIM', 'Repatriated on a flight of the interior repatriation programme, Programa de Repatriación al Interior de México (VUELOS PRIM).', 'Repatriados en un vuelo del Programa de Repatriación al Interior de México (VUELOS PRIM).'),
  category(CATEGORY.unaccompanied, 'Unaccompanied children', 'Niñas, niños y adolescentes no acompañados', 'Children under 18 without a parent, guardian or adult family member (NNA NO ACOMPAÑADOS).', 'Menores de 18 años sin madre, padre, tutor ni familiar adulto (NNA NO ACOMPAÑADOS).'),
  category(CATEGORY.accompanied, 'Accompanied children', 'Niñas, niños y adolescentes acompañados', 'Children under 18 travelling with a parent, guardian or adult family member (NNA ACOMPAÑADOS). Not CBP\'s "accompanied minors" (demographic AM), who are with an adult that is not their parent or guardian.', 'Menores de 18 años que viajan con madre, padre, tutor o familiar adulto (NNA ACOMPAÑADOS). No son los "menores acompañados" de CBP (grupo AM), que van con un adulto que no es su madre, padre ni tutor.'),
  category(CATEGORY.usbp, 'Border Patrol encounter', 'Encuentro de la Patrulla Fronteriza', 'Encounters by U.S. Border Patrol between ports of entry (the file\'s "USBP" rows).', 'Encuentros de la Patrulla Fronteriza entre puertos de entrada (filas "USBP" del archivo).'),
  category(CATEGORY.ofo, 'OFO encounter without a CBP One appointment', 'Encuentro de OFO sin cita de CBP One', 'Encounters by CBP\'s Office of Field Operations at ports of entry, other than CBP One appointments (the file\'s "OFO" rows).', 'Encuentros de la Oficina de Operaciones de Campo de CBP en puertos de entrada, aparte de las citas de CBP One (filas "OFO" del archivo).'),
  category(CATEGORY.cbpOne, 'CBP One appointment', 'Cita de CBP One', 'People presenting at a port of entry with a CBP One appointment (the file\'s "CBP ONE" rows, until 22 January 2025 when the appointments ended).', 'Personas que se presentaron en un puerto de entrada con cita de CBP One (filas "CBP ONE" del archivo, hasta el 22 de enero de 2025, cuando terminaron las citas).'),
];
