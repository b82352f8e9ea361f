/**
 * Mexico's apprehension rates in the model card: by nationality group where they differ (the
 * store has Mexico's apprehensions by nationality), else one figure said to be common; in
 * English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from './assumptions.js';
import { apprehensionLine, expulsionLine, familyCapLine, modelCard, title8Note } from './model-card.js';
import type { Calibration } from './types.js';

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

describe("the model card's expulsion shares (what the levers expelSA, expelFMUA, expelUC leave in place)", () => {
  it('states the calibrated share of each demographic, all groups together and by group, in each language', () => {
    // seed-2021-04's window (January 2018 – March 2021) on the whole mirror.
    const expelShare = [[0.94, 0.68, 0], [0.97, 0.61, 0], [0.96, 0.45, 0], [0.96, 0.55, 0], [0.49, 0.17, 0], [0.12, 0.11, 0]];
    const line = expulsionLine({ expelShare, expelShareAll: [0.86, 0.5, 0] });
    expect(line.value).toBe('0.86, 0.50, 0.00 (MEX 0.94, 0.68, 0.00; GTM 0.97, 0.61, 0.00; HND 0.96, 0.45, 0.00; SLV 0.96, 0.55, 0.00; OAM 0.49, 0.17, 0.00; ROW 0.12, 0.11, 0.00)');
    expect(line.label.en).toContain('single adults, people in families, unaccompanied children');
    expect(line.label.es).toContain('adultos solos, personas en familia, menores no acompañados');
    expect(line.note!.en).toContain('expelFMUA');
    expect(line.note!.es).toContain('sin cambio');
  });
});

describe('the model card of a run', () => {
  it('lists the expulsion shares among the estimates, beside the apprehension rates', () => {
    const est = {
      reattemptRate: { value: 0.44, lower: 0.04, upper: 0.7, estimated: true, months: 13 },
      apprehendSouth: [0, 0.1, 0.1, 0.1, 0.1, 0.1],
      apprehendRest: [0, 0.2, 0.2, 0.2, 0.2, 0.2],
      mexicoReturnShare: { value: 0.81, estimated: true },
      departuresLevel: [1, 1, 1, 1, 1, 1],
      expelShare: [[0.9, 0.6, 0], [0.9, 0.6, 0], [0.9, 0.6, 0], [0.9, 0.6, 0], [0.5, 0.2, 0], [0.1, 0.1, 0]],
      expelShareAll: [0.8, 0.5, 0],
      familyCap: 19168,
      processingCapacity: 144130,
      stateShares: [0.2, 0.2, 0.2, 0.1, 0, 0.3],
      title8IntoMexico: null,
    };
    const cal = { window: { from: '2018-01', to: '2021-03' }, draws: [], gaps: [] } as unknown as Calibration;
    const card = modelCard(cal, est, DEFAULT_ASSUMPTIONS);
    const labels = card.estimates.map((l) => l.label.en);
    expect(labels.findIndex((l) => l.startsWith('Share the US sends back at the border'))).toBe(labels.findIndex((l) => l.startsWith("Mexico's apprehension rate")) + 1);
    expect(card.estimates.find((l) => l.label.en.startsWith('Share the US sends back'))!.value).toMatch(/^0\.80, 0\.50, 0\.00 \(MEX 0\.90/);
  });
});

describe("the model card's cap on expelled families (what familyAcceptance multiplies)", () => {
  it('says a cap of 0 cannot be raised by the lever, and that without a cap only 0 closes Mexico, in both languages', () => {
    // status-quo (window to April 2025): no family expelled into Mexico in the last six months.
    expect(familyCapLine(0).note!.en).toBe("Mexico accepted no expelled non-Mexican family member in the window's last six months: familyAcceptance multiplies 0, so no value of it opens Mexico to them here.");
    expect(familyCapLine(0).note!.es).toContain('ningún valor suyo abre México a ellas aquí');
    expect(familyCapLine(Infinity)).toMatchObject({ value: '∞', note: { en: expect.stringContaining('familyAcceptance 0 (for all or for a state) closes Mexico to them') } });
    expect(familyCapLine(19168)).toMatchObject({ value: '19,168', note: { en: expect.stringContaining('familyAcceptance multiplies it') } });
  });
});

describe("the model card's held Title 8 level", () => {
  it("names the non-Mexicans' months apart from the Mexicans', and says one month has no band", () => {
    // status-quo on the whole mirror: six months of Mexicans, one whole month (February 2025) of non-Mexicans.
    const note = title8Note({ months: ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'], mexicanMonths: ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'], nonMexicanMonths: ['2025-02'] });
    expect(note.en).toBe("Not simulated: the mean of what Mexico recorded receiving from the US in its northern border states (INM) in 2024-11, 2024-12, 2025-01, 2025-02, 2025-03, 2025-04 for Mexicans and 2025-02 for non-Mexicans, the months INM's files have whole (one month: their figure has no band); no lever moves it.");
    expect(note.es).toContain('y 2025-02 para no mexicanos, los meses que los archivos del INM tienen completos (un solo mes: su cifra no tiene banda)');
    // The same months for both: said once.
    expect(title8Note({ months: ['2025-01', '2025-02'], mexicanMonths: ['2025-01', '2025-02'], nonMexicanMonths: ['2025-01', '2025-02'] }).en).toBe('Not simulated: the mean of what Mexico recorded receiving from the US in its northern border states (INM) in 2025-01, 2025-02; no lever moves it.');
  });
});
