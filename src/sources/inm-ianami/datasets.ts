/**
 * The tables the IA-NAMI files yield: daily (grain 'day'), by Mexican state of the INM
 * office (or Border Patrol sector / OFO field office for US encounters).
 */
import type { Bilingual, DatasetDescription, EventListSpan } from '../types.js';
import { MEASURE } from './measures.js';

export const DATASET = {
  presented: 'inm-ianami/presented',
  rescued: 'inm-ianami/rescued',
  rescuedOutcome: 'inm-ianami/rescued-by-outcome',
  difReferrals: 'inm-ianami/dif-referrals',
  returns: 'inm-ianami/returns',
  mexicansReceived: 'inm-ianami/mexicans-received',
  mexicanMinors: 'inm-ianami/mexicans-received-minors',
  foreignersReceived: 'inm-ianami/foreigners-received',
  inadmissions: 'inm-ianami/inadmissions',
  usEncounters: 'inm-ianami/us-encounters',
  transfers: 'inm-ianami/transfers',
  caravans: 'inm-ianami/caravans',
  caravanList: 'inm-ianami/caravans-2024-2026',
} as const;

const UNOFFICIAL: Bilingual = {
  en: 'Unofficial: INM daily operational counts published in a personal GitHub repository (OckarLezama/ianami-datos, used by the "IA-NAMI" dashboard), not an INM open-data release; their provenance cannot be verified. Provisional: not UPM\'s validated monthly statistics.',
  es: 'No oficial: conteos operativos diarios del INM publicados en un repositorio personal de GitHub (OckarLezama/ianami-datos, usado por el tablero "IA-NAMI"), no en una publicación de datos abiertos del INM; su procedencia no puede verificarse. Provisionales: no son las estadísticas mensuales validadas de la UPM.',
};

const STATES: Bilingual = {
  en: 'Geography is the state of the INM office (ESTADO / O.R.), summed over its stations or facilities. Days with nothing to report have no rows.',
  es: 'La geografía es el estado de la oficina del INM (ESTADO / O.R.), sumada sobre sus estaciones o centros. Los días sin nada que reportar no tienen filas.',
};

/** The caravans Caravanas_2019_2026.csv names (day of departure, name), for the notes: names are not a dimension. */
export const CARAVAN_NAMES: [string, string][] = [
  ['2024-01-24', 'Exodo de la Pobreza'],
  ['2024-01-25', 'Caravana A'],
  ['2024-01-28', 'Caravana B'],
  ['2024-02-05', 'Caravana Proveniente de Arriaga'],
  ['2024-03-25', 'Viacrucis Migrante'],
  ['2024-04-30', 'Carvana del Niño'],
  ['2024-05-02', 'Rizo de Oro'],
  ['2024-07-21', 'Jesuscristo 2024'],
  ['2024-08-12', 'Roca de Dios / Dios es Amor'],
  ['2024-10-05', 'Rey de Reyes'],
  ['2024-10-13', 'Dios nos guia / Caminando con Dios'],
  ['2024-10-20', 'Niños de la Mano de Dios, cruzando Fronteras'],
  ['2024-11-05', 'Exodo por la Dignificación de los migrantes'],
  ['2024-11-06', 'Movimiento por la Dignificación de los Migrantes'],
  ['2024-12-12', 'Caravana Guadalupana'],
  ['2024-12-18', 'Dia del Migrante'],
  ['2025-01-12', 'Éxodo Trump'],
  ['2025-10-01', 'Caravana Migrante por la Libertad'],
  ['2026-03-24', 'Genesis'],
];
const caravanNames = CARAVAN_NAMES.map(([day, name]) => `${day} "${name}"`).join('; ');

const note = (en: string, es: string): Bilingual => ({ en: `${UNOFFICIAL.en} ${en}`, es: `${UNOFFICIAL.es} ${es}` });
const withStates = (en = '', es = ''): Bilingual => note(`${STATES.en} ${en}`.trim(), `${STATES.es} ${es}`.trim());

const table = (
  id: string,
  measure: string,
  en: string,
  es: string,
  complete: DatasetDescription['complete'],
  notes: Bilingual,
  eventList?: EventListSpan,
): DatasetDescription => ({ id, title: { en, es }, measure, grain: 'day', complete, rounding: 1, notes, ...(eventList ? { eventList } : {}) });

/**
 * The first day of the federal administration whose caravans Caravanas_periodoCS.csv lists
 * (Claudia Sheinbaum took office on 1 October 2024).
 */
export const ADMINISTRATION_START = '2024-10-01';

export const DATASETS: DatasetDescription[] = [
  table(
    DATASET.presented, MEASURE.presented,
    'Foreigners presented at INM migration stations by day, state and nationality (Presentados.csv)',
    'Personas extranjeras presentadas en estaciones migratorias del INM por día, estado y nacionalidad (Presentados.csv)',
    ['geography', 'citizenship'],
    withStates(
      'About 136,000 events from October 2024 to May 2026, a quarter of the "PRESENTADOS EN EM" of the rescue file (about 586,000 over the same days): a different definition or coverage. The two are never added.',
      'Unos 136,000 eventos de octubre de 2024 a mayo de 2026, una cuarta parte de los "PRESENTADOS EN EM" del archivo de rescates (unos 586,000 en los mismos días): otra definición o cobertura. Nunca se suman.',
    ),
  ),
  table(
    DATASET.rescued, MEASURE.rescued,
    'Foreigners rescued by INM by day, state and nationality: total, first-time, repeat and conveyed north to south',
    'Personas extranjeras rescatadas por el INM por día, estado y nacionalidad: total, primera vez, reincidencia y conducción de norte a sur',
    ['geography', 'citizenship'],
    withStates(
      'Data quality: the published total always equals PRIMERA VEZ; REINCIDENCIA is published on rows of its own whose total is 0 (it can exceed the total of its day, state and nationality), so it is not part of the total and the categories are not a breakdown of it. Values are kept as published. CONDUCCIÓN DE NORTE A SUR is blank throughout (NULL).',
      'Calidad de datos: el total publicado siempre es igual a PRIMERA VEZ; REINCIDENCIA se publica en filas propias cuyo total es 0 (puede superar el total de su día, estado y nacionalidad), así que no forma parte del total y las categorías no lo desglosan. Los valores se guardan como se publican. CONDUCCIÓN DE NORTE A SUR está vacía en todo el archivo (NULL).',
    ),
  ),
  table(
    DATASET.rescuedOutcome, MEASURE.rescued,
    'Foreigners rescued by INM by day, state, nationality and what followed: presented at a migration station or referred to DIF',
    'Personas extranjeras rescatadas por el INM por día, estado, nacionalidad y destino: presentadas en estación migratoria o canalizadas al DIF',
    ['geography', 'citizenship', 'category'],
    withStates(
      'PRESENTADOS EN EM plus CANALIZADOS AL DIF equals the published total on every row. "Presented" here is not the count of Presentados.csv (measure inm-presentados).',
      'PRESENTADOS EN EM más CANALIZADOS AL DIF es igual al total publicado en cada fila. "Presentados" aquí no es el conteo de Presentados.csv (medida inm-presentados).',
    ),
  ),
  table(
    DATASET.difReferrals, MEASURE.difReferrals,
    'Foreigners referred to DIF by day, state, nationality, adults and minors',
    'Personas extranjeras canalizadas al DIF por día, estado, nacionalidad, adultos y menores',
    ['geography', 'citizenship'],
    withStates(
      'Data quality: on most rows ADULTOS and MENORES both repeat the total instead of splitting it, so adults plus minors is not the total; kept as published, not declared a breakdown. Covers 1 October 2024 to 15 April 2026.',
      'Calidad de datos: en la mayoría de las filas ADULTOS y MENORES repiten ambos el total en lugar de desglosarlo, así que adultos más menores no es el total; se guardan como se publican, sin declararlos desglose. Cubre del 1 de octubre de 2024 al 15 de abril de 2026.',
    ),
  ),
  table(
    DATASET.returns, MEASURE.returns,
    'Foreigners returned by Mexico by day, state, nationality and kind of return',
    'Personas extranjeras retornadas por México por día, estado, nacionalidad y tipo de retorno',
    ['geography', 'citizenship', 'category'],
    withStates('Returned = deported + assisted returns on every row.', 'Retornados = deportados + retornos asistidos en cada fila.'),
  ),
  table(
    DATASET.mexicansReceived, MEASURE.mexicansReceived,
    'Mexicans repatriated from the US by day and receiving state: total, adults, minors, unaccompanied children, by land or PRIM flight',
    'Personas mexicanas repatriadas desde EE. UU. por día y estado de recepción: total, adultos, menores, no acompañados, por tierra o vuelo PRIM',
    ['geography', 'citizenship'],
    note(
      'Geography is the state where INM received them (land ports of the six northern border states; PRIM flights land in Estado de México, Mexico City, Tabasco, Chiapas, Quintana Roo). Adults + minors = total; unaccompanied children (UC) are part of the minors. Land + PRIM flights differs from the total on 7 rows (April-May 2026). Blank cells (April 2026) are NULL.',
      'La geografía es el estado donde el INM las recibió (puertos terrestres de los seis estados de la frontera norte; los vuelos PRIM llegan a Estado de México, Ciudad de México, Tabasco, Chiapas y Quintana Roo). Adultos + menores = total; los no acompañados (UC) son parte de los menores. Terrestres + vuelos PRIM difiere del total en 7 filas (abril-mayo de 2026). Las celdas vacías (abril de 2026) son NULL.',
    ),
  ),
  table(
    DATASET.mexicanMinors, MEASURE.mexicansReceived,
    'Mexican minors repatriated from the US by day and receiving state: unaccompanied and accompanied',
    'Menores mexicanos repatriados desde EE. UU. por día y estado de recepción: no acompañados y acompañados',
    ['geography', 'citizenship', 'category'],
    note(
      'Unaccompanied + accompanied = minors wherever both are given. Blank cells (April 2026) are NULL.',
      'No acompañados + acompañados = menores donde ambos se dan. Las celdas vacías (abril de 2026) son NULL.',
    ),
  ),
  table(
    DATASET.foreignersReceived, MEASURE.foreignersReceived,
    'Non-Mexicans received from the US by day, receiving state, nationality, adults and minors',
    'Personas extranjeras recibidas desde EE. UU. por día, estado de recepción, nacionalidad, adultos y menores',
    ['geography', 'citizenship', 'demographic'],
    note('Received at the northern border (Baja California, Sonora, Chihuahua, Coahuila, Tamaulipas). Adults + minors = total on every row.', 'Recibidas en la frontera norte (Baja California, Sonora, Chihuahua, Coahuila, Tamaulipas). Adultos + menores = total en cada fila.'),
  ),
  table(
    DATASET.inadmissions, MEASURE.inadmissions,
    'Foreigners refused entry to Mexico by day, state and nationality',
    'Personas extranjeras inadmitidas en México por día, estado y nacionalidad',
    ['geography', 'citizenship'],
    withStates(),
  ),
  table(
    DATASET.usEncounters, MEASURE.usEncounters,
    'US southwest border encounters by day, Border Patrol sector or OFO field office, kind and citizenship (INM daily file)',
    'Encuentros en la frontera suroeste de EE. UU. por día, sector de la Patrulla Fronteriza u oficina de campo de OFO, tipo y ciudadanía (archivo diario del INM)',
    ['geography', 'component', 'category', 'citizenship'],
    note(
      'Border Patrol rows are by sector ("Rio Grande" is Rio Grande Valley); OFO and CBP One rows are by the field office whose area holds the location (San Diego and El Centro: San Diego; Tucson and Yuma: Tucson; El Paso and Big Bend: El Paso; Del Rio, Laredo and Rio Grande: Laredo). CBP One appointments (until 22 January 2025) are OFO encounters apart from the other OFO ones. Citizenship: Mexico, one column per nationality, and "Otros" (OTHER); TOTAL = Mexico + non-Mexicans and non-Mexicans = the sum of the nationality columns on every row. On 3 December 2025 every row is 0 with Mexico blank (NULL): most likely a day not reported.',
      'Las filas de la Patrulla Fronteriza son por sector ("Rio Grande" es Valle del Río Grande); las de OFO y CBP One, por la oficina de campo cuya área incluye el lugar (San Diego y El Centro: San Diego; Tucson y Yuma: Tucson; El Paso y Big Bend: El Paso; Del Rio, Laredo y Rio Grande: Laredo). Las citas de CBP One (hasta el 22 de enero de 2025) son encuentros de OFO aparte de los demás. Ciudadanía: México, una columna por nacionalidad y "Otros" (OTHER); TOTAL = México + extranjeros y extranjeros = suma de las columnas de nacionalidad en cada fila. El 3 de diciembre de 2025 todas las filas son 0 con México vacío (NULL): muy probablemente un día no reportado.',
    ),
  ),
  table(
    DATASET.transfers, MEASURE.transfers,
    'INM transfers out of the northern border states by day and state',
    'Traslados del INM desde los estados de la frontera norte por día y estado',
    ['geography'],
    note(
      'From 16 December 2023. The file\'s TOTAL (equal to the sum of the six states on every row) is not stored: it is their sum.',
      'Desde el 16 de diciembre de 2023. El TOTAL del archivo (igual a la suma de los seis estados en cada fila) no se guarda: es su suma.',
    ),
  ),
  table(
    DATASET.caravans, MEASURE.caravanSize,
    'Migrant caravans by day of departure and state of departure: approximate number of people (Caravanas_2019_2026.csv)',
    'Caravanas migrantes por día y estado de partida: número aproximado de personas (Caravanas_2019_2026.csv)',
    ['geography'],
    note(
      `One caravan per day and state, October 2018 to April 2026; sizes are INM's estimates; a blank size is NULL. A list of caravans, not a daily count: it is taken to cover every day from its first caravan to its last (the file states no other period), and a day within with no caravan had none (zero people setting out). Its span ends on 20 April 2026, a caravan absent from Caravanas_periodoCS.csv, whose own span ends on 24 March 2026. Caravan names, as INM spells them: ${caravanNames}.`,
      `Una caravana por día y estado, de octubre de 2018 a abril de 2026; los tamaños son estimaciones del INM; un tamaño vacío es NULL. Es una lista de caravanas, no un conteo diario: se toma como que cubre cada día desde su primera caravana hasta la última (el archivo no indica otro periodo), y un día intermedio sin caravana no tuvo ninguna (cero personas que inician). Su lapso termina el 20 de abril de 2026, una caravana que no figura en Caravanas_periodoCS.csv, cuyo lapso termina el 24 de marzo de 2026. Nombres de las caravanas, como los escribe el INM: ${caravanNames}.`,
    ),
    // An event list: one row per caravan, from the first listed (18 October 2018) to the last (20 April 2026).
    {},
  ),
  table(
    DATASET.caravanList, MEASURE.caravans,
    'Migrant caravans setting out by day and state of departure, October 2024 on (Caravanas_periodoCS.csv)',
    'Caravanas migrantes por día y estado de partida, desde octubre de 2024 (Caravanas_periodoCS.csv)',
    ['geography'],
    note(
      'INM\'s list of the 17 caravans of the current administration, counted by day and state of departure. It agrees with Caravanas_2019_2026.csv except one date (10 January 2025 here, 8 January there) and the caravan of 20 April 2026, absent here. A list, not a daily count: it is taken to cover every day from the start of the administration it lists (1 October 2024; its first caravan set out on 5 October) to its last caravan (24 March 2026; the file states no end), and a day within with no caravan had none (zero). It ends before 20 April 2026, so the two lists\' spans differ: each table has its own.',
      'Lista del INM de las 17 caravanas de la administración actual, contadas por día y estado de partida. Coincide con Caravanas_2019_2026.csv salvo una fecha (10 de enero de 2025 aquí, 8 de enero allá) y la caravana del 20 de abril de 2026, que aquí no aparece. Es una lista, no un conteo diario: se toma como que cubre cada día desde el inicio de la administración cuyas caravanas enumera (1 de octubre de 2024; su primera caravana salió el 5 de octubre) hasta su última caravana (24 de marzo de 2026; el archivo no indica un final), y un día intermedio sin caravana no tuvo ninguna (cero). Termina antes del 20 de abril de 2026, así que los lapsos de las dos listas difieren: cada tabla tiene el suyo.',
    ),
    // An event list of the administration that took office on 1 October 2024 ("periodo CS", the file's name; the manifest:
    // "caravans list during the current administration"), to its last listed caravan.
    { from: ADMINISTRATION_START },
  ),
];
