/**
 * The Reception page's reading of `levers` and its solve time (audit of 7 December 2026).
 * - `levers=none`, which the Scenarios page writes when every lever is put back (no lever runs),
 *   was refused as a link that cannot be read and the scenario's own levers planned; now it is
 *   sent to the API as written, whose one reader (withLevers) runs no lever for it, as the command
 *   line and /api/scenario do.
 * - A lever named twice, or a value such as 0x2, went to the API as JSON of the last one (the page
 *   form) or as written; now the link is refused as the Scenarios page refuses it.
 * - A solve of 0.03 s read "0 s".
 */
import { describe, expect, it } from 'vitest';
import { NO_LEVERS as ENGINE_NO_LEVERS } from '../../../src/analysis/reception/scenario-input.js';
import { secondsText } from './reception-data';
import { originSpecs, planQuery } from './reception-scenario';
import { NO_LEVERS } from './scenarios-levers';

const own = { enforcementSouth: { value: 1.5, from: '2021-04' }, familyAcceptance: { value: 2, from: '2021-04' } };

describe("the Reception page's levers", () => {
  it('reads "none", the word the Scenarios page and the API share, and sends it as written', () => {
    expect(NO_LEVERS).toBe(ENGINE_NO_LEVERS);
    expect(originSpecs.levers.valid!(NO_LEVERS)).toBe(true);
    const q = new URLSearchParams(planQuery('es', { scenario: 'seed-2021-04', levers: NO_LEVERS, quantile: '' }, own));
    expect(q.get('levers')).toBe('none');
    // A scenario without levers of its own: none is its own, nothing to send.
    expect(new URLSearchParams(planQuery('en', { scenario: 'status-quo', levers: NO_LEVERS, quantile: '' }, {})).get('levers')).toBeNull();
  });

  it('refuses a lever named twice or a value not written in decimals, as the Scenarios page does', () => {
    for (const bad of ['enforcementSouth:2:2021-04,enforcementSouth:3:2021-04', 'enforcementSouth=2,enforcementSouth=3', 'enforcementSouth=0x2']) expect(originSpecs.levers.valid!(bad), bad).toBe(false);
    for (const fine of ['', 'enforcementSouth:2:2021-04,familyAcceptance:3:2021-04', 'familyAcceptance=3', 'enforcementSouth=1.5:2021-06']) expect(originSpecs.levers.valid!(fine), fine).toBe(true);
  });
});

describe('the solve time', () => {
  it('is said to a sensible precision, never "0 s"', () => {
    expect(secondsText(0.03, 'en')).toBe('0.03 s');
    expect(secondsText(0.3602, 'es')).toBe('0.36 s');
    expect(secondsText(1.27, 'en')).toBe('1.3 s');
    expect(secondsText(12.4, 'en')).toBe('12 s');
    expect(secondsText(0.001, 'en')).toBe('less than 0.01 s');
    expect(secondsText(0, 'es')).toBe('menos de 0.01 s');
  });
});
