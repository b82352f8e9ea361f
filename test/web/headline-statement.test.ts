/**
 * Which of the claim engine's statements an Overview card shows: the notable one, not a
 * "lowest since two months ago" (issue 16: cards stated trivial facts while the API had
 * "ranks 309 of 311").
 */
import { describe, expect, it } from 'vitest';
import { notableStatement } from '../../web/src/pages/headline-statement.js';
import type { Headline } from '../../web/src/types.js';

type Statement = Headline['statements'][number];
const since = (kind: string, back: string | null, text: string) =>
  ({ kind, text, evidence: back ? [{ period: '2026-04-01' }, { period: back }] : [{ period: '2026-04-01' }] }) as unknown as Statement;
const rank = (text: string) => ({ kind: 'rank', text, evidence: [] }) as unknown as Statement;
const headline = (...statements: Statement[]) => ({ grain: 'month', latest: { period: '2026-04-01' }, statements }) as unknown as Headline;

describe('the statement an Overview card shows', () => {
  it('prefers the rank, even an unremarkable one, to a "since" under a year', () => {
    expect(notableStatement(headline(since('lowest-since', '2026-02-01', 'lowest since February 2026'), rank('It ranks 140 of 154 complete months')))).toBe('It ranks 140 of 154 complete months');
    expect(notableStatement(headline(since('lowest-since', '2025-08-01', 'lowest since August 2025'), rank('Ocupa el lugar 309 de 311 meses')))).toBe('Ocupa el lugar 309 de 311 meses');
  });
  it('prefers a "since" reaching a year or more, the furthest of them, to the rank', () => {
    expect(notableStatement(headline(since('highest-since', '2024-01-01', 'highest since January 2024'), since('lowest-since', '2019-03-01', 'lowest since March 2019'), rank('It ranks 2 of 311')))).toBe('lowest since March 2019');
  });
  it('shows a record for the whole series first, and a short "since" when there is no rank', () => {
    expect(notableStatement(headline(since('lowest-since', null, 'the lowest of the series'), rank('It ranks 311 of 311')))).toBe('the lowest of the series');
    expect(notableStatement(headline(since('lowest-since', '2026-02-01', 'lowest since February 2026')))).toBe('lowest since February 2026');
    expect(notableStatement(headline())).toBeUndefined();
  });
});
