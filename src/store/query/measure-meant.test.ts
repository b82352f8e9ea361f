import { describe, expect, it } from 'vitest';
import { measuresMeant, meantText } from './measure-meant.js';

const MEASURES = [
  { id: 'encounters', label_en: 'CBP encounters', label_es: 'Encuentros de CBP' },
  { id: 'usbp-deaths', label_en: 'Migrant deaths recorded by the Border Patrol', label_es: 'Muertes de migrantes registradas por la Patrulla Fronteriza' },
  { id: 'removals', label_en: 'Removals', label_es: 'Deportaciones (removals)' },
];

describe('the measures a name may mean', () => {
  it('finds a measure by the words of its label in either language, accents aside, before spelling', () => {
    expect(measuresMeant('encuentros', MEASURES).map((m) => m.id)).toEqual(['encounters']);
    expect(measuresMeant('Muertes de migrantes', MEASURES).map((m) => m.id)).toEqual(['usbp-deaths']);
    expect(measuresMeant('DEPORTACIONES', MEASURES).map((m) => m.id)).toEqual(['removals']);
    expect(measuresMeant('encounter', MEASURES).map((m) => m.id)).toEqual(['encounters']);
  });
  it('a word inside another word is not a match, and nothing near is nothing', () => {
    expect(measuresMeant('port', MEASURES)).toEqual([]);
    expect(measuresMeant('xyz', MEASURES)).toEqual([]);
    expect(meantText([], 'es')).toBe('');
  });
  it('says the ids with their labels in the language asked for', () => {
    expect(meantText(measuresMeant('encuentros', MEASURES), 'es')).toBe(' (¿quiso decir "encounters" (Encuentros de CBP)?)');
    expect(meantText(measuresMeant('encuentros', MEASURES), 'en')).toBe(' (did you mean "encounters" (CBP encounters)?)');
  });
});
