/**
 * ICE ERO-LESA record-level removals and administrative arrests, FY2016 to FY2019,
 * released under FOIA 2019-ICFO-53623 to the University of Washington Center for
 * Human Rights (UWCHR), plus UWCHR's daily counts by area of responsibility.
 */
import type { SourceDescription } from '../types.js';
import { ICE_AORS } from './aors.js';
import { DISPOSITION_CATEGORIES, type RecordKind } from './dispositions.js';

const COMMIT = '36132af285ce3a943dbd5605e186a3a3737ca34d';
const RAW = `https://raw.githubusercontent.com/UWCHR/ice-enforce/${COMMIT}/us`;
const MIRROR_DIR = 'us/ice_foia_uwchr';

export interface RecordFile {
  id: string;
  kind: RecordKind;
  fy: number;
  name: string;
}

const FILE_PREFIX: Record<RecordKind, string> = { removals: 'ICERemovals', arrests: 'EROArrests' };

export const RECORD_FILES: RecordFile[] = (['removals', 'arrests'] as const).flatMap((kind) =>
  [2016, 2017, 2018, 2019].map((fy) => ({ id: `${kind}-fy${fy}`, kind, fy, name: `${FILE_PREFIX[kind]}_FY${fy}.csv.gz` })),
);

export const DAILY_FILE = { id: 'uwchr-daily', name: 'enforcement_daily_by_aor_fy2016_2019.csv.gz' };

export const DATASET: Record<RecordKind | 'encounters', string> = {
  removals: 'ice-foia/removals',
  arrests: 'ice-foia/arrests',
  encounters: 'ice-foia/uwchr-encounters-daily',
};

export const ENCOUNTERS_MEASURE = 'ice-encounters';

/** The last month of the arrests files: only its first day (1 September 2019) is in them. */
export const ARRESTS_LAST_MONTH = '2019-09-01';

const COMMON_NOTE_EN = 'Counted from ICE record-level data (one row per event, not per person), released under FOIA 2019-ICFO-53623 to UWCHR. Citizenship is citizenship, not the country of removal. Removal codes whose meaning ICE did not publish are labelled with the code itself.';
const COMMON_NOTE_ES = 'Contado a partir de datos de ICE a nivel de registro (una fila por evento, no por persona), entregados a UWCHR por la solicitud FOIA 2019-ICFO-53623. La ciudadanía es la ciudadanía, no el país de destino de la deportación. Los códigos de deportación cuyo significado ICE no publicó llevan como etiqueta el propio código.';

export const describe: SourceDescription = {
  id: 'ice-foia',
  title: { en: 'ICE ERO-LESA removals and arrests, FY2016-FY2019 (FOIA, UWCHR)', es: 'Deportaciones y arrestos de ICE ERO-LESA, años fiscales 2016-2019 (FOIA, UWCHR)' },
  publisher: { en: 'U.S. Immigration and Customs Enforcement (ICE), ERO-LESA Statistical Tracking Unit; released to the University of Washington Center for Human Rights (UWCHR)', es: 'Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE), Unidad de Seguimiento Estadístico de ERO-LESA; entregado al Centro de Derechos Humanos de la Universidad de Washington (UWCHR)' },
  landingPage: 'https://github.com/UWCHR/ice-enforce',
  licence: { en: 'ICE records: work of the U.S. federal government, public domain in the United States (17 U.S.C. 105), released under FOIA request 2019-ICFO-53623. The daily aggregate is produced by UWCHR scripts (marked "copyright UWCHR, GPL 3.0"); credit UWCHR when using it.', es: 'Registros de ICE: obra del gobierno federal de EE. UU., dominio público en Estados Unidos (17 U.S.C. 105), entregados por la solicitud FOIA 2019-ICFO-53623. El agregado diario lo producen scripts de UWCHR (marcados «copyright UWCHR, GPL 3.0»); dé crédito a UWCHR al usarlo.' },
  coverage: { en: 'Nationwide by ICE area of responsibility, monthly: removals October 2015 to August 2019 (FY2019 to 31 August); administrative arrests October 2015 to 1 September 2019. UWCHR daily encounters by area of responsibility, 1 October 2015 to 1 September 2019.', es: 'Todo el país por área de responsabilidad de ICE, mensual: expulsiones (removals) de octubre de 2015 a agosto de 2019 (año fiscal 2019 hasta el 31 de agosto); detenciones administrativas de octubre de 2015 al 1 de septiembre de 2019. Encuentros diarios de UWCHR por área de responsabilidad, del 1 de octubre de 2015 al 1 de septiembre de 2019.' },
  thirdParty: false,
  files: [
    ...RECORD_FILES.map((f) => ({ id: f.id, mirrorPath: `${MIRROR_DIR}/${f.name}`, url: `${RAW}/import/frozen/${f.name}` })),
    // The mirror renamed UWCHR's us/export/output/enforcement.csv.gz.
    { id: DAILY_FILE.id, mirrorPath: `${MIRROR_DIR}/${DAILY_FILE.name}`, url: `${RAW}/export/output/enforcement.csv.gz` },
  ],
  datasets: [
    {
      id: DATASET.removals,
      title: {
        en: 'ICE removals by month of removal, area of responsibility, citizenship, sex and processing disposition',
        es: 'Deportaciones de ICE por mes de deportación, área de responsabilidad, ciudadanía, sexo y disposición de procesamiento',
      },
      measure: 'removals',
      grain: 'month',
      complete: ['geography', 'citizenship', 'demographic', 'category'],
      rounding: 1,
      notes: {
        en: `${COMMON_NOTE_EN} Month of the Removal Date: FY2016-FY2018 totals (240,255; 226,119; 256,085) equal ICE's annual report totals. FY2019 ends 31 August 2019. Includes people first apprehended by CBP at the border.`,
        es: `${COMMON_NOTE_ES} Mes de la fecha de deportación (Removal Date): los totales de 2016 a 2018 (240,255; 226,119; 256,085) coinciden con los informes anuales de ICE. El año fiscal 2019 termina el 31 de agosto de 2019. Incluye a personas detenidas primero por CBP en la frontera.`,
      },
    },
    {
      id: DATASET.arrests,
      title: {
        en: 'ICE ERO administrative arrests by month of apprehension, area of responsibility, citizenship, sex and processing disposition',
        es: 'Arrestos administrativos de ICE ERO por mes de aprehensión, área de responsabilidad, ciudadanía, sexo y disposición de procesamiento',
      },
      measure: 'ice-arrests',
      grain: 'month',
      complete: ['geography', 'citizenship', 'demographic', 'category'],
      rounding: 1,
      // The FY2019 file was extracted part-way through September 2019: that month holds one day.
      partialPeriods: [ARRESTS_LAST_MONTH],
      notes: {
        en: `${COMMON_NOTE_EN} Month of the Apprehension Date. The FY2019 file is titled "(10/1/2018 - 8/31/2019)" but holds 4 arrests dated 1 September 2019: September 2019 covers that day only, so it and FY2019 are partial (11 of 12 months, 131,904 arrests; OHSS counts 143,100 for the whole year). Extracted then, October 2018-August 2019 also lack arrests recorded later (240 fewer than OHSS's edition of September 2024; June 2019 11,208 against 11,260), so OHSS answers from FY2019. FY2016-FY2018 (110,104; 143,470; 158,581) equal OHSS's ERO administrative arrests month by month within its rounding to 10 (110,100; 143,470; 158,580): the same count, unrounded, so these figures win for those years. Records with a blank area of responsibility (3,808) are under "area of responsibility not recorded".`,
        es: `${COMMON_NOTE_ES} Mes de la fecha de aprehensión. El archivo de 2019 se titula «(10/1/2018 - 8/31/2019)» pero contiene 4 arrestos del 1 de septiembre de 2019: septiembre de 2019 cubre solo ese día, así que ese mes y el año fiscal 2019 son parciales (11 de 12 meses, 131,904 arrestos; OHSS cuenta 143,100 en el año completo). Extraídos entonces, de octubre de 2018 a agosto de 2019 también faltan arrestos registrados después (240 menos que en la edición de OHSS de septiembre de 2024; junio de 2019: 11,208 frente a 11,260), por lo que OHSS responde desde el año fiscal 2019. Los años fiscales 2016 a 2018 (110,104; 143,470; 158,581) coinciden mes a mes con los arrestos administrativos de ERO de OHSS salvo su redondeo a la decena (110,100; 143,470; 158,580): la misma cuenta, sin redondear, por lo que estas cifras prevalecen en esos años. Los registros sin área de responsabilidad (3,808) figuran como "área de responsabilidad no registrada".`,
      },
    },
    {
      id: DATASET.encounters,
      title: {
        en: 'ICE ERO encounters by day and area of responsibility (UWCHR count)',
        es: 'Encuentros de ICE ERO por día y área de responsabilidad (conteo de UWCHR)',
      },
      measure: ENCOUNTERS_MEASURE,
      grain: 'day',
      complete: [],
      rounding: 1,
      notes: {
        en: 'Third-party derived: not an ICE table. UWCHR counted ERO encounter records per day and area of responsibility (us/export/src/export.R) from ERO-LESA encounter files that are not in the mirror (FY2018 can no longer be retrieved). ICE headquarters and records without an area of responsibility are left out, and a day with no event of any kind has no row.',
        es: 'Derivado por un tercero: no es una tabla de ICE. UWCHR contó los registros de encuentros de ERO por día y área de responsabilidad (us/export/src/export.R) a partir de archivos de encuentros de ERO-LESA que no están en el espejo (el año fiscal 2018 ya no se puede obtener). La sede central de ICE y los registros sin área de responsabilidad quedan fuera, y un día sin ningún evento no tiene fila.',
      },
    },
  ],
  measures: [
    {
      id: ENCOUNTERS_MEASURE,
      label: { en: 'ICE ERO encounters', es: 'Encuentros de ICE ERO' },
      definition: {
        en: 'Encounters recorded in ICE Enforcement and Removal Operations enforcement data (ERO-LESA). Events, not people.',
        es: 'Encuentros registrados en los datos de control migratorio de la Oficina de Operaciones de Control y Deportación de ICE (ERO-LESA). Eventos, no personas.',
      },
      unit: 'events',
    },
  ],
  categories: DISPOSITION_CATEGORIES,
  places: ICE_AORS,
};
