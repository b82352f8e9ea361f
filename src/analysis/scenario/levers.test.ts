/**
 * What a share lever does, as its definition says it (the API's /api/scenarios and the page's
 * lever names show it): one share for every nationality group, and at no change each group's
 * share of the window, stated in the model card. Before, a reader setting expelFMUA 0.5 could
 * not tell whether it raised or lowered what the US was doing.
 */
import { describe, expect, it } from 'vitest';
import { LEVERS } from './levers.js';

describe('the share levers (expelSA, expelFMUA, expelUC)', () => {
  it('say they set one share for every group and what no change is, in English and Spanish', () => {
    const shares = LEVERS.filter((l) => l.kind === 'share');
    expect(shares.map((l) => l.id)).toEqual(['expelSA', 'expelFMUA', 'expelUC']);
    for (const l of shares) {
      expect(l.definition.en, l.id).toContain("One share for every nationality group; at no change, each group's share of the window's last three months (model card).");
      expect(l.definition.es, l.id).toContain('Una sola proporción para todos los grupos de nacionalidad; sin cambio, la de cada grupo en los tres últimos meses de la ventana (ficha del modelo).');
    }
  });
});
