/**
 * INM daily operational files ("IA-NAMI"), October 2024 to May 2026: people rescued,
 * presented, referred to DIF, returned, received from the US, refused entry; US
 * encounters as INM copies them; transfers; caravans; three reference tables.
 */
import type { SourceDescription } from '../types.js';
import { DATASETS } from './datasets.js';
import { CATEGORIES, MEASURES } from './measures.js';

const COMMIT = '7b8775c986229ec5cd636011208f22a1eac91f09';
const RAW = `https://raw.githubusercontent.com/OckarLezama/ianami-datos/${COMMIT}`;
const MIRROR_DIR = 'mx/inm_ianami_daily';

/** File id → the publisher's file name (the same in the repository and the mirror). */
export const FILE = {
  presentados: 'Presentados.csv',
  rescatados: 'Rescatados.csv',
  canalizados: 'Canalizados.csv',
  retornados: 'Retornados.csv',
  mexicanos: 'Mexicanos_Recibidos.csv',
  extranjeros: 'Extranjeros_recibidos.csv',
  inadmisiones: 'Inadmisiones.csv',
  encuentros: 'Encuentros.csv',
  traslados: 'Traslados.csv',
  caravanas: 'Caravanas_2019_2026.csv',
  caravanasCs: 'Caravanas_periodoCS.csv',
  frontera: 'Estados_Frontera.csv',
  cinturones: 'Cinturones_Contencion.csv',
  ceco: 'Centro_Coordinador_Operaciones.csv',
} as const;

export type FileId = keyof typeof FILE;

export const describe: SourceDescription = {
  id: 'inm-ianami',
  title: { en: 'INM daily operational counts (IA-NAMI, unofficial)', es: 'Conteos operativos diarios del INM (IA-NAMI, no oficial)' },
  publisher: { en: 'Instituto Nacional de Migración (INM), Mexico, apparently; published by a private person in the GitHub repository OckarLezama/ianami-datos', es: 'Instituto Nacional de Migración (INM), México, al parecer; publicado por un particular en el repositorio de GitHub OckarLezama/ianami-datos' },
  landingPage: 'https://github.com/OckarLezama/ianami-datos',
  licence: { en: 'No licence stated. Apparently INM operational records (Mexican government information is public under the Ley General de Transparencia); the repository is a personal one with an empty README, so provenance and terms cannot be verified.', es: 'Sin licencia declarada. Al parecer, registros operativos del INM (la información del gobierno mexicano es pública según la Ley General de Transparencia); el repositorio es personal y su README está vacío, así que no se pueden verificar el origen ni las condiciones de uso.' },
  coverage: { en: 'Mexico by state of the INM office, daily, 1 October 2024 to 25 May 2026 (DIF referrals to 15 April 2026; transfers from 16 December 2023; caravans from October 2018); US southwest border encounters by sector or field office, daily, 1 October 2024 to 26 May 2026. Repository commit 7b8775c9 (1 June 2026).', es: 'México por estado de la oficina del INM, diario, del 1 de octubre de 2024 al 25 de mayo de 2026 (canalizaciones al DIF hasta el 15 de abril de 2026; traslados desde el 16 de diciembre de 2023; caravanas desde octubre de 2018); encuentros en la frontera suroeste de EE. UU. por sector u oficina de campo, diario, del 1 de octubre de 2024 al 26 de mayo de 2026. Commit del repositorio 7b8775c9 (1 de junio de 2026).' },
  thirdParty: true,
  // Unofficial and unverifiable: a personal repository's copy of operational daily counts.
  provisional: true,
  files: (Object.entries(FILE) as [FileId, string][]).map(([id, name]) => ({ id, mirrorPath: `${MIRROR_DIR}/${name}`, url: `${RAW}/${name}` })),
  datasets: DATASETS,
  measures: MEASURES,
  categories: CATEGORIES,
};
