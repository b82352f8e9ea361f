/** A corrected link said in the page's language: every parameter named in words, the verb agreeing with what is shown. */
import { describe, expect, it } from 'vitest';
import { correctionText } from './corrections';

describe('a corrected link', () => {
  it('names the percentile in Spanish, not "quantile"', () => {
    expect(correctionText({ param: 'quantile', asked: '2', shown: '0.5' }, 'es')).toBe('Este enlace pide el percentil «2», que no se conoce aquí: se muestra 0.5.');
    expect(correctionText({ param: 'quantile', asked: '2', shown: '0.5' }, 'en')).toBe('This link asks for the percentile "2", which is not known here: showing 0.5.');
  });
  it('says "se muestran" for a plural shown, "se muestra" otherwise', () => {
    expect(correctionText({ param: 'levers', asked: 'x', shown: 'las palancas del escenario' }, 'es')).toMatch(/: se muestran las palancas del escenario\.$/);
    expect(correctionText({ param: 'city', asked: 'MX-99999', shown: 'Tijuana' }, 'es')).toMatch(/: se muestra Tijuana\.$/);
    expect(correctionText({ param: 'week', asked: 'x', shown: '' }, 'es')).toMatch(/: se muestra el valor predeterminado\.$/);
  });
});
