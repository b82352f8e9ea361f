/** A corrected link said in the page's language: every parameter named in words, the verb agreeing with what is shown. */
import { describe, expect, it } from 'vitest';
import { correctionText, paramText } from './corrections';

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

describe("every page's parameters", () => {
  it('are named in words in both languages when a link is corrected, never by their code ("cit", "mapm")', async () => {
    const { PAGES } = await import('./state');
    const modules = await Promise.all([import('./pages/overview'), import('./pages/us-border'), import('./pages/mexico'), import('./pages/compare'), import('./pages/policy'), import('./pages/scenarios'), import('./pages/reception'), import('./pages/sources')]);
    const specs = modules.map((m) => Object.values(m).find((v): v is { specs: Record<string, unknown> } => typeof v === 'object' && v !== null && 'specs' in v)!.specs);
    expect(specs).toHaveLength(PAGES.length);
    const unnamed = specs.flatMap((s) => Object.keys(s)).filter((param) => paramText(param, 'es') === param || paramText(param, 'en') === param);
    expect(unnamed).toEqual([]);
    expect(correctionText({ param: 'cit', asked: 'xx', shown: '' }, 'es')).toBe('Este enlace pide la nacionalidad «xx», que no se conoce aquí: se muestra el valor predeterminado.');
  });
});
