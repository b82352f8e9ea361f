/**
 * The words `corridor query --corridor` prints around its tables (the legend and what
 * is missing), in English or Spanish (--lang). Stage names come from the stages'
 * own bilingual labels.
 */
import { missingSaid } from '../analysis/corridor/missing-words.js';
import { STAGES } from '../analysis/corridor/stages.js';

export interface CorridorWords {
  source: string;
  partial: string;
  stage(id: string): string;
  noFigures(citizenship: string): string;
  missing(reason: string, es?: string): string;
}

const EN: CorridorWords = {
  source: 'source',
  partial: '* = the period is not complete in its source (months or days missing)',
  stage: (id) => STAGES.find((s) => s.id === id)?.label.en ?? id,
  noFigures: (c) => `No figures for ${c}`,
  missing: (reason) => reason,
};

const ES: CorridorWords = {
  source: 'fuente',
  partial: '* = el periodo no está completo en su fuente (faltan meses o días)',
  stage: (id) => STAGES.find((s) => s.id === id)?.label.es ?? id,
  noFigures: (c) => `Sin cifras para ${c}`,
  // The analysis states why in English; the fixed phrases are said in Spanish, the tables' own reasons quoted as English.
  missing: (reason, es) => missingSaid(reason, 'es', es),
};

export const corridorWords = (lang: 'en' | 'es'): CorridorWords => (lang === 'es' ? ES : EN);
