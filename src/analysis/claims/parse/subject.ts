/**
 * What a claim counts, read with the store's vocabulary (vocabulary.ts): the measure
 * (and for encounters the reading its words name), the place, and the nationalities,
 * demographics, authorities, components and places it names. Every code named is kept
 * with its position, so the claim parser can tell a filter ("Hondurans were 20% of ...")
 * from the members of a comparison ("Hondurans outnumbered Guatemalans").
 */
import { DIMENSION_NAMES, type Dimension } from '../../../model/index.js';
import type { Bilingual, DefinitionId, Subject } from '../types.js';
import { findTerms, type Found, type Vocabulary } from '../vocabulary.js';

export interface Part {
  dim: Dimension;
  code: string;
  at: number;
  end: number;
  label: string;
}

export interface ParsedSubject {
  /** Undefined when no measure could be told from the words. */
  subject?: Subject;
  /** Every code named, in order. */
  mentions: Part[];
  /** Filters and components that can be the part of a share. */
  parts: Part[];
  measureAt?: number;
  understood: Bilingual[];
  assumptions: Bilingual[];
}

// Words that name Border Patrol's count rather than all of CBP's (docs/CLAIMS.md, "Default definitions").
const BORDER_PATROL_WORDS = /\b(apprehensions?|apprehended|border arrests|arrests at the border|illegal crossings|border crossings|crossings|caught|aprehensiones|aprehendidos|detenciones|detenidos|detenidas|cruces)\b/;
const ALL_CBP_WORDS = /\b(cbp|all encounters|total encounters|including (?:those at )?ports of entry|encuentros totales|todos los encuentros|incluidos los puertos)\b/;

function asPart(f: Found): Part {
  return { dim: f.dimension as Dimension, code: f.code, at: f.at, end: f.end, label: f.phrase };
}

/** Whether `text` has the words of `name` as whole words ("us mexico border" has "mexico"). */
const hasWords = (text: string, name: string) => ` ${text} `.includes(` ${name} `);

/**
 * A country named alone ("Guatemala encounters", "Honduras asylum applications") is a
 * nationality or a place. It is the place when the measure's tables report that country
 * (UNHCR's applications filed in Mexico, doses sent to Guatemala), else the nationality
 * of the people counted, as "Guatemalans" would be. When the other reading is possible
 * too (the measure also has that nationality; a place it counts is named after the
 * country, as the US-Mexico border is), the reading taken is said as an assumption.
 */
function readCountry(f: Found, measureId: string | undefined, vocab: Vocabulary): { part: Part; assumption?: Bilingual } {
  const nationality = asPart(f);
  if (!measureId) return { part: nationality };
  const place = f.bare?.place;
  const name = vocab.labels.get(`citizenship:${f.code}`) ?? { en: f.code, es: f.code };
  if (place && vocab.placesOf.get(measureId)?.has(place)) {
    const part: Part = { ...nationality, dim: 'geography', code: place };
    if (!vocab.citizenshipsOf.get(measureId)?.has(f.code)) return { part };
    const where = vocab.labels.get(`geography:${place}`) ?? name;
    return {
      part,
      assumption: {
        en: `"${where.en}" is read as the place where the figures are counted, not as the citizenship of the people counted (write "from ${where.en}" for that).`,
        es: `"${where.es}" se lee como el lugar donde se cuentan las cifras, no como la ciudadanía de las personas contadas (para ello, escriba "de ${where.es}").`,
      },
    };
  }
  const placeNamed = vocab.entries.some((e) => e.dimension === 'geography' && vocab.placesOf.get(measureId)?.has(e.code) && hasWords(e.phrase, f.phrase));
  if (!placeNamed) return { part: nationality };
  return {
    part: nationality,
    assumption: {
      en: `"${name.en}" is read as the citizenship of the people counted (people from ${name.en}), not as the place where they were counted.`,
      es: `"${name.es}" se lee como la ciudadanía de las personas contadas (personas de ${name.es}), no como el lugar donde se contaron.`,
    },
  };
}

export function parseSubject(norm: string, vocab: Vocabulary): ParsedSubject {
  const { measures, members } = findTerms(norm, vocab);
  // The longest measure phrase names the measure ("Mexico received ... expelled" is INM's count, not CBP's).
  const measure = [...measures].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at)[0];
  // A code inside the measure's own words ("non-Mexicans received") is not a filter.
  // "non-Mexicans", "no mexicanos": a code named to be excluded is not a filter.
  const negated = (m: Found) => /\b(non|no)[\s-]*$/.test(norm.slice(Math.max(0, m.at - 5), m.at));
  const named = members.filter((m) => (!measure || m.end <= measure.at || m.at >= measure.end) && !negated(m));
  const understood: Bilingual[] = [];
  const assumptions: Bilingual[] = [];
  // Without a measure word, a US border place, a component, an authority or a group still names encounters.
  const encounterMembers = named.some((m) => !m.bare && (m.dimension === 'component' || m.dimension === 'authority' || m.dimension === 'demographic' || (m.dimension === 'geography' && /^(US|USBP-|OFO-)/.test(m.code))));
  const measureId = measure?.code ?? (encounterMembers ? 'encounters' : undefined);
  // A country named alone is read once the measure is known; never dropped.
  const mentions = named.map((m) => {
    if (!m.bare) return asPart(m);
    const { part, assumption } = readCountry(m, measureId, vocab);
    if (assumption) assumptions.push(assumption);
    return part;
  });
  if (measureId) {
    const label = vocab.labels.get(`measure:${measureId}`) ?? { en: measureId, es: measureId };
    understood.push({ en: `what is counted: ${label.en}`, es: `qué se cuenta: ${label.es}` });
  }
  for (const m of mentions) {
    const label = vocab.labels.get(`${m.dim}:${m.code}`);
    understood.push({ en: `${DIMENSION_NAMES[m.dim].en}: ${label?.en ?? m.code}`, es: `${DIMENSION_NAMES[m.dim].es}: ${label?.es ?? m.code}` });
  }
  if (!measureId) return { mentions, parts: [], understood, assumptions };

  const filters: Subject['filters'] = {};
  const parts: Part[] = [];
  let geography: string | undefined;
  let usbp = false;
  for (const m of mentions) {
    if (m.dim === 'component' && m.code === 'USBP' && measureId === 'encounters') {
      usbp = true;
      parts.push(m);
      continue;
    }
    if (m.dim === 'geography') {
      geography ??= m.code;
      continue;
    }
    // Components and authorities belong to encounters; with another measure they only describe it.
    if ((m.dim === 'component' || m.dim === 'authority') && measureId !== 'encounters') continue;
    if (filters[m.dim] === undefined) {
      filters[m.dim] = m.code;
      parts.push(m);
    }
  }
  let definitions: DefinitionId[] = ['measure'];
  let context: DefinitionId | undefined;
  if (measureId === 'encounters') {
    const bp = usbp || (BORDER_PATROL_WORDS.test(norm) && !ALL_CBP_WORDS.test(norm) && filters.component !== 'OFO');
    definitions = [bp ? 'usbp' : 'cbp'];
    context = bp ? 'cbp' : 'usbp';
    if (filters.component === 'OFO') context = undefined;
    if (!geography) {
      geography = 'US-SWB';
      assumptions.push({ en: 'No place is named: the southwest land border (US-Mexico) is assumed.', es: 'No se nombra un lugar: se supone la frontera terrestre suroeste (México-EE. UU.).' });
    }
  }
  return {
    subject: { measure: measureId, geography, filters, definitions, context },
    mentions,
    parts,
    measureAt: measure?.at,
    understood,
    assumptions,
  };
}
