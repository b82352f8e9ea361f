/**
 * The tables IOM's files yield, one per file (Darién's nationality file gives two:
 * its yearly 2010-2019 rows and its months from 2020). Every table is a third
 * party's compilation of an official publisher's figures, and says so.
 */
import { joinNotes } from '../read/bilingual.js';
import type { Bilingual, DatasetDescription } from '../types.js';
import { MEASURE } from './measures.js';

export const DATASET = {
  presentadosByNationality: 'iom/upm-presentados-by-nationality',
  presentadosBySexAge: 'iom/upm-presentados-by-sex-age',
  returns: 'iom/upm-returns-by-nationality',
  darienYearly: 'iom/darien-by-nationality-yearly',
  darien: 'iom/darien-by-nationality',
  darienBySexAge: 'iom/darien-by-sex-age',
  cbpNational: 'iom/cbp-sw-encounters-fy2018-fy2019',
  cbpByArea: 'iom/cbp-sw-encounters-by-area',
} as const;

const COMPILED: Bilingual = {
  en: 'Compiled by IOM\'s Global Data Institute (R package gdidata, commit c9e4cc69, 2025-06-19) from the official publisher\'s tables; read from the mirror\'s CSV conversion of the package\'s .rda (same rows and values).',
  es: 'Compilado por el Instituto Global de Datos de la OIM (paquete de R gdidata, commit c9e4cc69, 19-06-2025) a partir de los cuadros del publicador oficial; leído de la conversión a CSV del .rda del paquete que guarda el espejo (mismas filas y valores).',
};

const UPM: Bilingual = {
  en: 'UPM (SEGOB) Boletín Mensual de Estadísticas Migratorias. Events, not people. No Mexican state in these tables. 2025 covers January-April only.',
  es: 'Boletín Mensual de Estadísticas Migratorias de la UPM (SEGOB). Son eventos, no personas. Estos cuadros no tienen entidad federativa. 2025 abarca solo de enero a abril.',
};

const DARIEN: Bilingual = {
  en: 'Panama\'s National Migration Service (SNM), data as of 13 May 2025. No figure for April, May and July 2020 (border closed, or zero: the file does not say): those months are missing, not zero, and 2020 is partial.',
  es: 'Servicio Nacional de Migración (SNM) de Panamá, datos al 13 de mayo de 2025. Sin cifra para abril, mayo y julio de 2020 (frontera cerrada, o cero: el archivo no lo dice): esos meses faltan, no valen cero, y 2020 queda parcial.',
};

const CBP: Bilingual = {
  en: 'U.S. CBP Southwest Land Border Encounters (nationwide-encounters CSV). The file\'s t_fy column is mislabelled: the fiscal year is computed from the month. Title 42 rows are expulsions by nationality, not by where people were sent. CBP\'s own files (cbp-sbo, cbp-state) and OHSS take precedence where they answer.',
  es: 'Encuentros de CBP en la frontera terrestre suroeste (CSV nationwide-encounters). La columna t_fy del archivo está mal rotulada: el año fiscal se calcula a partir del mes. Las filas del Título 42 son expulsiones por nacionalidad, no por destino. Los archivos propios de CBP (cbp-sbo, cbp-state) y la OHSS tienen precedencia donde responden.',
};

const table = (id: string, en: string, es: string, measure: string, grain: DatasetDescription['grain'], complete: DatasetDescription['complete'], notes: Bilingual): DatasetDescription => ({
  id,
  title: { en, es },
  measure,
  grain,
  complete,
  rounding: 1,
  notes: joinNotes(notes, COMPILED),
});

export const DATASETS: DatasetDescription[] = [
  table(DATASET.presentadosByNationality, 'Foreigners presented before the migration authority in Mexico, by nationality (UPM table 3.1.1, via IOM)', 'Personas extranjeras presentadas ante la autoridad migratoria en México, por nacionalidad (cuadro 3.1.1 de la UPM, vía OIM)',
    MEASURE.presentados, 'month', ['citizenship'], joinNotes(UPM, {
      en: 'In 49 month-cells (May 2019-January 2025) IOM\'s file gives one code to several of UPM\'s rows (up to three coded GIN, two coded FRA): corridor adds them into that code\'s cell, so the totals are UPM\'s, but GIN and FRA may hold more than Guinea and France.',
      es: 'En 49 celdas mes-país (mayo de 2019 a enero de 2025) el archivo de la OIM da un mismo código a varias filas de la UPM (hasta tres con GIN, dos con FRA): corridor las suma en la celda de ese código, así que los totales son los de la UPM, pero GIN y FRA pueden incluir más que Guinea y Francia.',
    })),
  table(DATASET.presentadosBySexAge, 'Foreigners presented before the migration authority in Mexico, by sex and age (UPM table 3.1.3, via IOM)', 'Personas extranjeras presentadas ante la autoridad migratoria en México, por sexo y edad (cuadro 3.1.3 de la UPM, vía OIM)',
    MEASURE.presentados, 'month', ['demographic'], joinNotes(UPM, {
      en: 'UPM\'s two tables disagree slightly: in 2024 this one sums to 1,230,126 and the table by nationality to 1,231,320.',
      es: 'Los dos cuadros de la UPM difieren un poco: en 2024 este suma 1,230,126 y el cuadro por nacionalidad 1,231,320.',
    })),
  table(DATASET.returns, 'Foreigners returned by Mexico, by nationality and kind of return (UPM table 3.2.4, via IOM)', 'Personas extranjeras devueltas por México, por nacionalidad y tipo de devolución (cuadro 3.2.4 de la UPM, vía OIM)',
    MEASURE.returns, 'month', ['citizenship', 'category'], UPM),
  table(DATASET.darienYearly, 'Irregular transits through the Darién by nationality, yearly 2010-2019 (SNM Panama, via IOM)', 'Tránsito irregular por el Darién por nacionalidad, anual 2010-2019 (SNM de Panamá, vía OIM)',
    MEASURE.darien, 'cy', ['citizenship'], joinNotes({
      en: 'Yearly totals: the package stores each year as its January (YYYY-01); corridor keeps them as calendar years.',
      es: 'Totales anuales: el paquete guarda cada año como su enero (AAAA-01); corridor los guarda como años calendario.',
    }, DARIEN)),
  table(DATASET.darien, 'Irregular transits through the Darién by nationality, monthly from 2020 (SNM Panama, via IOM)', 'Tránsito irregular por el Darién por nacionalidad, mensual desde 2020 (SNM de Panamá, vía OIM)',
    MEASURE.darien, 'month', ['citizenship'], DARIEN),
  table(DATASET.darienBySexAge, 'Irregular transits through the Darién by sex and age, monthly from 2021 (SNM Panama, via IOM)', 'Tránsito irregular por el Darién por sexo y edad, mensual desde 2021 (SNM de Panamá, vía OIM)',
    MEASURE.darien, 'month', ['demographic'], joinNotes({
      en: 'In 2021-2022 SNM reports men and women only (children included: they add up to the total); from 2023 men, women, boys and girls.',
      es: 'En 2021-2022 el SNM reporta solo hombres y mujeres (con los menores incluidos: suman el total); desde 2023, hombres, mujeres, niños y niñas.',
    }, DARIEN)),
  table(DATASET.cbpNational, 'Southwest border encounters by component, authority and demographic, FY2018-FY2019 (CBP, via IOM)', 'Encuentros en la frontera suroeste por componente, autoridad y grupo demográfico, años fiscales 2018-2019 (CBP, vía OIM)',
    MEASURE.encounters, 'month', ['component', 'authority', 'demographic'], joinNotes({
      en: 'Before October 2019 the file has neither nationality nor area of responsibility.',
      es: 'Antes de octubre de 2019 el archivo no tiene nacionalidad ni área de responsabilidad.',
    }, CBP)),
  table(DATASET.cbpByArea, 'Southwest border encounters by area of responsibility, component, authority, demographic and nationality, from FY2020 (CBP, via IOM)', 'Encuentros en la frontera suroeste por área de responsabilidad, componente, autoridad, grupo demográfico y nacionalidad, desde el año fiscal 2020 (CBP, vía OIM)',
    MEASURE.encounters, 'month', ['geography', 'component', 'authority', 'demographic', 'citizenship'], joinNotes({
      en: 'Areas of responsibility are Border Patrol sectors and OFO field offices. Nationality: 21 countries and OTHER (every other country).',
      es: 'Las áreas de responsabilidad son los sectores de la Patrulla Fronteriza y las oficinas de campo de OFO. Nacionalidad: 21 países y OTHER (todos los demás).',
    }, CBP)),
];
