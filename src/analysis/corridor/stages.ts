/**
 * The corridor as a sequence of stages, each with the measures that speak to it.
 * A nationality's path is read across them month by month (annual measures by year).
 * Measures are events, not people, unless their definition says otherwise, and the
 * stages come from different publishers with different definitions: the view puts
 * them side by side, each with its source; it never adds them up.
 */
import type { Bilingual, Dimension } from '../../model/index.js';
import type { QueryGrain } from '../../store/query/plan.js';

export type StageId = 'origin' | 'transit' | 'us-border' | 'border-outcome' | 'return-to-mexico' | 'return-to-origin' | 'asylum';

export interface StageEntry {
  id: string;
  stage: StageId;
  label: Bilingual;
  measure: string;
  grain: QueryGrain;
  /** Filters besides citizenship. */
  where: Partial<Record<Dimension, string[]>>;
}

export const STAGES: { id: StageId; label: Bilingual; definition: Bilingual }[] = [
  { id: 'origin', label: { en: 'Origin', es: 'Origen' }, definition: { en: 'People of the nationality seeking protection anywhere (UNHCR, yearly).', es: 'Personas de la nacionalidad que buscan protección en cualquier país (ACNUR, anual).' } },
  { id: 'transit', label: { en: 'Transit through Mexico', es: 'Tránsito por México' }, definition: { en: 'Apprehended or presented to Mexico\'s migration authority (INM; UPM\'s monthly series).', es: 'Detenidas o presentadas ante la autoridad migratoria de México (INM; serie mensual de la UPM).' } },
  { id: 'us-border', label: { en: 'At the US border', es: 'En la frontera de EE. UU.' }, definition: { en: 'Encounters at the US southwest land border (CBP).', es: 'Encuentros en la frontera terrestre suroeste de EE. UU. (CBP).' } },
  { id: 'border-outcome', label: { en: 'Outcome at the border', es: 'Resultado en la frontera' }, definition: { en: 'Title 42 expulsions and how CBP custody ended.', es: 'Expulsiones bajo el Título 42 y cómo terminó la custodia de CBP.' } },
  { id: 'return-to-mexico', label: { en: 'Returned or expelled into Mexico', es: 'Devueltas o expulsadas a México' }, definition: { en: 'People Mexico received from the US; US removals of the nationality.', es: 'Personas que México recibió de EE. UU.; deportaciones de la nacionalidad desde EE. UU.' } },
  { id: 'return-to-origin', label: { en: 'Returned by Mexico to origin', es: 'Retornadas por México a su país' }, definition: { en: 'Deportations and assisted returns by Mexico (INM; UPM\'s monthly series).', es: 'Deportaciones y retornos asistidos por México (INM; serie mensual de la UPM).' } },
  { id: 'asylum', label: { en: 'Asylum', es: 'Asilo' }, definition: { en: 'Asylum applications lodged in Mexico and in the US (UNHCR, yearly).', es: 'Solicitudes de asilo presentadas en México y en EE. UU. (ACNUR, anual).' } },
];

const e = (id: string, stage: StageId, en: string, es: string, measure: string, grain: QueryGrain, where: StageEntry['where'] = {}): StageEntry => ({
  id, stage, label: { en, es }, measure, grain, where,
});

export const STAGE_ENTRIES: StageEntry[] = [
  e('unhcr-asylum-seekers', 'origin', 'Asylum seekers from the country, worldwide (end of year)', 'Solicitantes de asilo del país, en el mundo (fin de año)', 'unhcr-asylum-seekers', 'cy'),
  e('unhcr-refugees', 'origin', 'Refugees from the country, worldwide (end of year)', 'Personas refugiadas del país, en el mundo (fin de año)', 'unhcr-refugees', 'cy'),
  e('inm-rescatados', 'transit', 'Apprehended ("rescued") by INM', 'Rescatadas por el INM', 'inm-rescatados', 'month', { geography: ['MX'] }),
  e('inm-presentados', 'transit', 'Presented at INM stations (Presentados file)', 'Presentadas en estaciones del INM (archivo Presentados)', 'inm-presentados', 'month', { geography: ['MX'] }),
  // UPM's monthly series by nationality (IOM's copy, 2018 to April 2025): Mexico's side of the corridor before INM's daily files.
  e('mx-presentados', 'transit', 'Presented to the migration authority (UPM, monthly)', 'Presentadas ante la autoridad migratoria (UPM, mensual)', 'mx-presentados', 'month', { geography: ['MX'] }),
  e('swb-encounters', 'us-border', 'US southwest border encounters', 'Encuentros en la frontera suroeste de EE. UU.', 'encounters', 'month', { geography: ['US-SWB'] }),
  e('swb-uc', 'us-border', 'of which unaccompanied children', 'de ellos, niñas, niños y adolescentes no acompañados', 'encounters', 'month', { geography: ['US-SWB'], demographic: ['UC'] }),
  e('swb-families', 'us-border', 'of which people in family units', 'de ellos, personas en unidades familiares', 'encounters', 'month', { geography: ['US-SWB'], demographic: ['FMUA'] }),
  e('swb-t42', 'border-outcome', 'Title 42 expulsions at the southwest border', 'Expulsiones bajo el Título 42 en la frontera suroeste', 'encounters', 'month', { geography: ['US-SWB'], authority: ['T42'] }),
  e('inm-foreigners-received', 'return-to-mexico', 'Non-Mexicans Mexico accepted from the US', 'Personas extranjeras que México recibió de EE. UU.', 'inm-foreigners-received', 'month', { geography: ['MX'] }),
  e('inm-mexicans-received', 'return-to-mexico', 'Mexicans repatriated from the US', 'Personas mexicanas repatriadas desde EE. UU.', 'inm-mexicans-received', 'month', { geography: ['MX'] }),
  e('dhs-removals', 'return-to-mexico', 'DHS removals from the US', 'Deportaciones del DHS desde EE. UU.', 'removals', 'month', { geography: ['US'] }),
  e('inm-returns', 'return-to-origin', 'Returned by Mexico to their country', 'Retornadas por México a su país', 'inm-returns', 'month', { geography: ['MX'] }),
  e('mx-returns', 'return-to-origin', 'Returned by Mexico to their country (UPM, monthly)', 'Retornadas por México a su país (UPM, mensual)', 'mx-returns', 'month', { geography: ['MX'] }),
  e('asylum-mx', 'asylum', 'Asylum applications lodged in Mexico', 'Solicitudes de asilo presentadas en México', 'asylum-applications', 'cy', { geography: ['MX'] }),
  e('asylum-us', 'asylum', 'Asylum applications lodged in the US', 'Solicitudes de asilo presentadas en EE. UU.', 'asylum-applications', 'cy', { geography: ['US'] }),
];
