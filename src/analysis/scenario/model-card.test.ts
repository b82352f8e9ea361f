/**
 * Mexico's apprehension rates in the model card: by nationality group where they differ (the
 * store has Mexico's apprehensions by nationality), else one figure said to be common; in
 * English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { apprehensionLine } from './model-card.js';

describe("the model card's apprehension rates", () => {
  it('gives each transit group its rates when they differ, naming the groups in each language', () => {
    const line = apprehensionLine({ apprehendSouth: [0, 0.113, 0.136, 0.086, 0.017, 0.03], apprehendRest: [0, 0.23, 0.26, 0.16, 0.03, 0.05], apprehensionByGroup: true });
    expect(line.value).toBe('GTM 0.11, 0.23, 0.32; HND 0.14, 0.26, 0.36; SLV 0.09, 0.16, 0.23; OAM 0.02, 0.03, 0.05; ROW 0.03, 0.05, 0.08');
    expect(line.note!.en).toContain('By nationality group (GTM Guatemala, HND Honduras, SLV El Salvador, OAM rest of the Americas, ROW rest of the world)');
    expect(line.note!.es).toContain('Por grupo de nacionalidad (GTM Guatemala, HND Honduras, SLV El Salvador, OAM resto de América, ROW resto del mundo)');
    expect(line.note!.en).not.toContain('unless');
  });

  it('gives one figure when the rates are common to the transit groups, and says so', () => {
    const line = apprehensionLine({ apprehendSouth: [0, 0.1, 0.1, 0.1, 0.1, 0.1], apprehendRest: [0, 0.2, 0.2, 0.2, 0.2, 0.2], apprehensionByGroup: false });
    expect(line.value).toBe('0.10, 0.20, 0.28');
    expect(line.note!.en).toContain('common to every transit group (Guatemala, Honduras, El Salvador, rest of the Americas, rest of the world): the store has no apprehensions by nationality');
    expect(line.note!.es).toContain('común a todos los grupos en tránsito');
  });
});
