/**
 * Every source corridor knows, in the order they are ingested.
 */
import cbpLegacyAnnual from './cbp-legacy-annual/index.js';
import cbpLegacyMonthly from './cbp-legacy-monthly/index.js';
import cbpSbo from './cbp-sbo/index.js';
import cbpState from './cbp-state/index.js';
import ddp from './ddp/index.js';
import gnDespliegue from './gn-despliegue/index.js';
import govnumbers from './govnumbers/index.js';
import iceFoia from './ice-foia/index.js';
import inegiPlaces from './inegi-places/index.js';
import inmIanami from './inm-ianami/index.js';
import iom from './iom/index.js';
import mxShelters from './mx-shelters/index.js';
import mxStatesGeo from './mx-states-geo/index.js';
import poderVacunas from './poder-vacunas/index.js';
import unhcr from './unhcr/index.js';
import whVaccines from './wh-vaccines/index.js';
import ohssKhsm from './ohss-khsm/index.js';
import ohssMonthly from './ohss-monthly/index.js';
import upmBoletin from './upm-boletin/index.js';
import upmRechazos from './upm-rechazos/index.js';
import type { SourceAdapter } from './types.js';

export const ADAPTERS: SourceAdapter[] = [
  cbpSbo,
  cbpState,
  ohssMonthly,
  ohssKhsm,
  cbpLegacyMonthly,
  cbpLegacyAnnual,
  iceFoia,
  govnumbers,
  ddp,
  upmBoletin,
  gnDespliegue,
  upmRechazos,
  inmIanami,
  unhcr,
  iom,
  whVaccines,
  poderVacunas,
  // Places first: shelters hang under INEGI's municipalities.
  inegiPlaces,
  mxStatesGeo,
  mxShelters,
];

export function adapterById(id: string): SourceAdapter | undefined {
  return ADAPTERS.find((a) => a.describe.id === id);
}
