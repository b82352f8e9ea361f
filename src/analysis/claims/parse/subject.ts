/**
 * What a claim counts: the measure words (and so which definitions apply), the place,
 * and any nationality or demographic. Unknown wording is an error that lists the forms
 * understood, never a guess; a missing place is an assumption that is reported.
 */
import { UsageError } from '../../../errors.js';
import type { Dimension } from '../../../model/index.js';
import type { Bilingual, DefinitionId, Subject } from '../types.js';

/** Nationalities as people write them, in both languages. */
const NATIONALITIES: [RegExp, string][] = [
  [/\b(hondurans?|hondurenos?|hondurenas?|(?:from|of|de|desde) honduras)\b/, 'HND'],
  [/\b(guatemalans?|guatemaltecos?|guatemaltecas?|(?:from|of|de|desde) guatemala)\b/, 'GTM'],
  [/\b(salvadorans?|salvadoreans?|salvadorenos?|salvadorenas?|(?:from|of|de|desde) el salvador)\b/, 'SLV'],
  [/\b(mexicans?|mexicanos?|mexicanas?|(?:people|nationals|citizens|migrants) from mexico|(?:personas|migrantes|nacionales) (?:de|procedentes de) mexico)\b/, 'MEX'],
  [/\b(venezuelans?|venezolanos?|venezolanas?|(?:from|of|de|desde) venezuela)\b/, 'VEN'],
  [/\b(cubans?|cubanos?|cubanas?|(?:from|of|de|desde) cuba)\b/, 'CUB'],
  [/\b(haitians?|haitianos?|haitianas?|(?:from|of|de|desde) haiti)\b/, 'HTI'],
  [/\b(nicaraguans?|nicaraguenses?|(?:from|of|de|desde) nicaragua)\b/, 'NIC'],
  [/\b(colombians?|colombianos?|colombianas?|(?:from|of|de|desde) colombia)\b/, 'COL'],
  [/\b(ecuadorians?|ecuadorans?|ecuatorianos?|ecuatorianas?|(?:from|of|de|desde) ecuador)\b/, 'ECU'],
];

const DEMOGRAPHICS: [RegExp, string][] = [
  [/\b(unaccompanied (?:children|minors|kids)|unaccompanied alien children|ninos,? ninas y adolescentes no acompanados|(?:ninos|ninas|menores|nna) no acompanad[oa]s)\b/, 'UC'],
  [/\b(family units?|families|people in families|members of families|familias|unidades familiares|personas en familia)\b/, 'FMUA'],
  [/\b(single adults|adultos solos|adultos sin companía|adultos sin compania)\b/, 'SA'],
];

const PLACES: [RegExp, string][] = [
  [/\b(southwest(?:ern)? (?:land )?border|south ?west border|southern border|(?:u\.? ?s\.?|us|united states)[ -]mexico border|mexic(?:o|an) border|border with mexico|frontera (?:sur ?oeste|suroeste)|frontera sur de (?:ee\.? ?uu\.?|eeuu|estados unidos|eua)|frontera (?:con|entre) mexico(?: y estados unidos)?|frontera mexico-estados unidos|frontera de estados unidos con mexico)\b/, 'US-SWB'],
  [/\b(northern (?:land )?border|canad(?:a|ian) border|frontera norte de (?:ee\.? ?uu\.?|eeuu|estados unidos)|frontera con canada)\b/, 'US-NLB'],
  [/\b(nationwide|nationally|across the country|at all borders|all u\.?s\.? borders|a nivel nacional|en todo el pais|en todas las fronteras)\b/, 'US'],
];

export interface ParsedSubject {
  subject: Subject;
  /** Where the part of a share claim can come from: the filters named, Border Patrol, Title 42. */
  parts: { dim: Dimension; code: string; at: number; label: string }[];
  assumptions: Bilingual[];
}

function first(norm: string, table: [RegExp, string][]): { code: string; at: number; text: string } | undefined {
  let best: { code: string; at: number; text: string } | undefined;
  for (const [re, code] of table) {
    const m = norm.match(re);
    if (m && (best === undefined || m.index! < best.at)) best = { code, at: m.index!, text: m[0] };
  }
  return best;
}

export function parseSubject(norm: string): ParsedSubject {
  const assumptions: Bilingual[] = [];
  const bp = norm.match(/\b(border patrol|patrulla fronteriza|usbp)\b/);
  const apprehensions = /\b(apprehensions?|aprehensiones|detenciones|arrests at the border)\b/.test(norm);
  const cbpAll = /\b(all cbp encounters|cbp encounters|total encounters|all encounters|encuentros (?:totales|de (?:la )?cbp)|todos los encuentros|including (?:those at )?ports of entry)\b/.test(norm);
  const encounters = /\b(encounters?|encuentros?|border crossings|illegal crossings|cruces)\b/.test(norm);
  const expulsions = norm.match(/\b(expulsions?|expulsiones|title 42|titulo 42)\b/);
  if (!apprehensions && !encounters && !expulsions && !bp) {
    throw new UsageError('could not tell what the claim counts: name encounters, Border Patrol apprehensions or Title 42 expulsions (see docs/CLAIMS.md)');
  }
  let definitions: DefinitionId[];
  if (bp || (apprehensions && !cbpAll)) definitions = ['usbp'];
  else if (cbpAll) definitions = ['cbp'];
  else definitions = ['cbp', 'usbp'];

  const filters: Subject['filters'] = {};
  const parts: ParsedSubject['parts'] = [];
  const nationality = first(norm, NATIONALITIES);
  if (nationality) {
    filters.citizenship = nationality.code;
    parts.push({ dim: 'citizenship', code: nationality.code, at: nationality.at, label: nationality.text });
  }
  const demographic = first(norm, DEMOGRAPHICS);
  if (demographic) {
    filters.demographic = demographic.code;
    parts.push({ dim: 'demographic', code: demographic.code, at: demographic.at, label: demographic.text });
  }
  if (expulsions) {
    filters.authority = 'T42';
    parts.push({ dim: 'authority', code: 'T42', at: expulsions.index!, label: expulsions[0] });
  }
  if (bp) parts.push({ dim: 'component', code: 'USBP', at: bp.index!, label: bp[0] });

  const place = first(norm, PLACES);
  if (!place) {
    assumptions.push({
      en: 'No place is named: the southwest land border (US-Mexico) is assumed.',
      es: 'No se nombra un lugar: se supone la frontera terrestre suroeste (México-EE. UU.).',
    });
  }
  return { subject: { measure: 'encounters', geography: place?.code ?? 'US-SWB', filters, definitions }, parts, assumptions };
}
