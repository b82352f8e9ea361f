/**
 * The closed code lists of the asylum files: procedure type, application type,
 * decision level, persons or cases. The package documents only some codes
 * (G/J/U; N, R, A; NA, RA, AR; P/C); the others are kept as published and labelled
 * by their code, so no meaning is invented. A blank cell ('') is a value of its own.
 */
import type { Bilingual } from '../types.js';

export interface Code {
  code: string;
  label: Bilingual;
}

const undocumented = (code: string, what: Bilingual): Code => ({
  code,
  label: { en: `${what.en} "${code}" (undefined in the package documentation)`, es: `${what.es} "${code}" (sin definición en la documentación del paquete)` },
});

const known = (code: string, en: string, es: string): Code => ({ code, label: { en, es } });

export const PROCEDURE_TYPES: Code[] = [
  known('G', 'government procedure', 'procedimiento del gobierno'),
  known('J', 'joint procedure (government and UNHCR)', 'procedimiento conjunto (gobierno y ACNUR)'),
  known('U', 'UNHCR procedure', 'procedimiento del ACNUR'),
];

const APP_TYPE = { en: 'application type', es: 'tipo de solicitud' };
export const APP_TYPES: Code[] = [
  known('N', 'new application', 'solicitud nueva'),
  known('R', 'repeat application', 'solicitud repetida'),
  known('A', 'appeal', 'apelación'),
  ...['FA', 'J', 'NR', 'RA', 'SP', 'V'].map((c) => undocumented(c, APP_TYPE)),
  known('', 'application type not stated', 'tipo de solicitud no indicado'),
];

const DEC_LEVEL = { en: 'decision level', es: 'nivel de decisión' };
export const DEC_LEVELS: Code[] = [
  known('FI', 'first instance', 'primera instancia'),
  known('AR', 'administrative review', 'revisión administrativa'),
  known('RA', 'repeat/reopened application', 'solicitud repetida o reabierta'),
  known('JR', 'judicial review', 'revisión judicial'),
  ...['BL', 'CA', 'EO', 'FA', 'IN', 'SP', 'TA', 'TP', 'TR'].map((c) => undocumented(c, DEC_LEVEL)),
  // The package documents "NA" as "new applications"; R reads that code as missing, so it may hide here.
  known('', 'decision level not stated', 'nivel de decisión no indicado'),
];

/** app_pc / dec_pc: P counts persons, C counts cases (a case may hold several persons). */
export const PERSONS_OR_CASES = { P: 'persons', C: 'cases' } as const;
export type Unit = (typeof PERSONS_OR_CASES)[keyof typeof PERSONS_OR_CASES];

/** code → code, the shape parseEnum wants. */
export const enumOf = (codes: readonly Code[]): Record<string, string> => Object.fromEntries(codes.map((c) => [c.code, c.code]));

/**
 * The combinations of procedure type, application type and decision level in the
 * 2025.12.1 release ("G N FI" = government, new, first instance; "" = blank). A
 * new combination is an input error until it is declared here as a category.
 */
export const APPLICATION_COMBINATIONS: [string, string, string][] = (
  'G,,|G,,FA|G,,JR|G,A,AR|G,A,EO|G,A,FA|G,A,FI|G,A,JR|G,A,RA|G,A,SP|G,FA,FA|G,J,AR|G,J,JR|G,N,|G,N,AR|G,N,EO|G,N,FA|G,N,FI|' +
  'G,N,IN|G,N,JR|G,N,RA|G,N,SP|G,N,TA|G,NR,AR|G,NR,FA|G,NR,JR|G,R,AR|G,R,FA|G,R,FI|G,R,JR|G,R,RA|G,R,TA|G,RA,FI|G,RA,RA|' +
  'G,SP,SP|G,V,|G,V,AR|G,V,FA|G,V,FI|G,V,JR|G,V,RA|J,,FA|J,A,AR|J,FA,FA|J,N,FA|J,N,FI|J,NR,FA|J,R,FA|J,R,RA|J,V,AR|J,V,FI|' +
  'U,,FA|U,A,AR|U,A,FA|U,A,FI|U,A,JR|U,N,|U,N,AR|U,N,FA|U,N,FI|U,N,RA|U,NR,AR|U,NR,FA|U,R,AR|U,R,FI|U,R,JR|U,R,RA|U,V,AR|' +
  'U,V,FA|U,V,FI|U,V,JR|U,V,RA'
)
  .split('|')
  .map((s) => s.split(',') as [string, string, string]);
