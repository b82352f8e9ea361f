/**
 * The timeline's part of the bilateral record, on the real timeline and on entries made
 * up here (a request, an unverified entry), without a store.
 */
import { describe, expect, it } from 'vitest';
import { loadEvents } from '../events/load.js';
import { eventSchema, type PolicyEvent } from '../events/schema.js';
import { ledgerKind, timelineLines } from './timeline.js';

const events = loadEvents();

function entry(over: Partial<PolicyEvent> & Record<string, unknown>): PolicyEvent {
  return eventSchema.parse({
    id: 'test-entry',
    date: '2024-02-03',
    actor: 'US',
    kind: 'request',
    asked: { by: 'US', of: 'MX' },
    title: { en: 'A request', es: 'Una solicitud' },
    description: { en: 'Asked for something.', es: 'Pidió algo.' },
    source: { publisher: { en: 'Somebody', es: 'Alguien' }, title: 'A page', title_lang: 'en', url: 'https://example.org/page', primary: true },
    evidence: { url: 'https://example.org/page', quote: 'we ask for something' },
    verified: true,
    ...over,
  });
}

describe('timeline lines of the record', () => {
  it('maps entry kinds to ledger kinds, with the exceptions the entries\' words call for', () => {
    const kinds = Object.fromEntries(events.map((e) => [e.id, ledgerKind(e)]));
    expect(kinds).toMatchObject({
      'us-mx-joint-declaration-2019': 'committed',
      'mx-guard-south-2019': 'delivered',
      'us-az-loan-2021': 'committed',
      'us-vaccine-donations-2021-08': 'delivered',
      'mx-guard-north-2025': 'committed',
      'mexico-te-abraza': 'delivered',
      'title42-start': undefined,
      'cbp-one-end': undefined,
    });
    expect(ledgerKind(entry({}))).toBe('asked');
    expect(ledgerKind(entry({ kind: 'commitment' }))).toBe('committed');
  });

  it('shows ask, commitment and delivery of March 2021 on one time axis, each request saying who asked whom', () => {
    const lines = timelineLines(events);
    const chain = ['us-asks-mx-enforcement-2021', 'mx-commits-families-south-2021', 'mx-asks-vaccines-2021', 'us-az-loan-2021'].map((id) => lines.find((l) => l.event === id)!);
    expect(chain.map((l) => [l.actor, l.kind, l.counterpart])).toEqual([
      ['US', 'asked', 'MX'],
      ['MX', 'committed', 'US'],
      ['MX', 'asked', 'US'],
      ['US', 'committed', 'MX'],
    ]);
    const tariff = lines.find((l) => l.event === 'us-tariff-threat-2019')!;
    expect([tariff.kind, tariff.counterpart, tariff.quantity]).toEqual(['asked', 'MX', 5]);
    expect(() => entry({ asked: undefined })).toThrow(/a request says who asked whom/);
  });

  it('makes one line per stated figure, with the figure\'s page, and one line for an entry without figures', () => {
    const lines = timelineLines(events);
    const loan = lines.filter((l) => l.event === 'us-az-loan-2021');
    expect(loan.map((l) => [l.counterpart, l.quantity, l.unit.es])).toEqual([
      ['MX', 2_500_000, 'dosis'],
      ['CAN', 1_500_000, 'dosis'],
    ]);
    expect(loan[0].source.url).toBe('https://www.urdupoint.com/en/world/us-assessing-how-to-loan-doses-of-astrazeneca-1198335.html');
    expect(loan[0].source.publisher).toEqual({ en: 'www.urdupoint.com', es: 'www.urdupoint.com' });
    const declaration = lines.filter((l) => l.event === 'us-mx-joint-declaration-2019');
    expect(declaration).toHaveLength(1);
    expect(declaration[0]).toMatchObject({ quantity: null, actor: 'bilateral', what: events.find((e) => e.id === 'us-mx-joint-declaration-2019')!.title });
    const south = lines.find((l) => l.event === 'mx-guard-south-2019')!;
    expect(south).toMatchObject({ date: '2019-06', dateKind: 'month', quantity: 6000, unit: { en: 'National Guard members', es: 'elementos de la Guardia Nacional' } });
  });

  it('says when an entry is unverified', () => {
    const [line] = timelineLines([entry({ verified: false, note: { en: 'the date is not confirmed', es: 'la fecha no está confirmada' } })]);
    expect(line.kind).toBe('asked');
    expect(line.note?.en).toBe('unverified: the date is not confirmed');
    expect(line.note?.es).toBe('sin verificar: la fecha no está confirmada');
  });
});
