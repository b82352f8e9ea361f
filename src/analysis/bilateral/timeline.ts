/**
 * The timeline's requests, agreements, deliveries and deployments in the record, one line
 * per figure the entry states (or one line without a figure), with the figure's own source.
 *
 * The ledger kind follows the entry's kind (request → asked, agreement → committed,
 * delivery and deployment → delivered) except where the entry's own words say otherwise
 * (KIND_OF below). A figure the store also holds (the White House fact sheet) is shown
 * once, from the store, and its store line says the timeline agrees (record.ts).
 */
import type { PolicyEvent } from '../events/schema.js';
import type { Bilingual, LedgerKind, LedgerLine } from './types.js';
import { unitLabel } from '../events/units.js';

/** The entry's publisher, in both languages. */
const publisherOf = (e: PolicyEvent): Bilingual => e.source.publisher;
/** A name that is the same in both languages (a web site's host name). */
const sameInBoth = (name: string): Bilingual => ({ en: name, es: name });

const BY_EVENT_KIND: Partial<Record<PolicyEvent['kind'], LedgerKind>> = {
  request: 'asked',
  commitment: 'committed',
  agreement: 'committed',
  delivery: 'delivered',
  deployment: 'delivered',
};

/** Entries whose figures are not what their kind suggests, and entries of other kinds the record includes. */
const KIND_OF: Record<string, LedgerKind> = {
  // "finalising plans to lend" doses: a commitment; the day they arrived was not checked.
  'us-az-loan-2021': 'committed',
  // 10,000 troops "committed" to the northern border after the tariff call.
  'mx-guard-north-2025': 'committed',
  // A policy start, but its figure is people Mexico received from the US in 2025.
  'mexico-te-abraza': 'delivered',
};

/** Where the timeline's figure names a country in its words, the counterpart. */
const COUNTERPARTS: [RegExp, string][] = [
  [/\bto Mexico\b/, 'MX'],
  [/\bto Canada\b/, 'CAN'],
  [/\bto Guatemala\b/, 'GTM'],
  [/\bto Honduras\b/, 'HND'],
  [/\bto El Salvador\b/, 'SLV'],
  [/\bfrom the US\b/, 'US'],
];


export function ledgerKind(e: PolicyEvent): LedgerKind | undefined {
  return KIND_OF[e.id] ?? BY_EVENT_KIND[e.kind];
}

export function timelineLines(events: PolicyEvent[]): LedgerLine[] {
  const lines: LedgerLine[] = [];
  for (const e of events) {
    const kind = ledgerKind(e);
    if (!kind) continue;
    const base = {
      date: e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date,
      dateKind: e.datePrecision === 'month' ? ('month' as const) : ('day' as const),
      actor: e.actor,
      kind,
      complete: true,
      event: e.id,
      // A request or commitment names the other side: "asked by MX of US".
      ...(e.asked && e.asked.of !== e.actor ? { counterpart: e.asked.of } : {}),
      origin: 'timeline' as const,
      note: e.verified ? undefined : { en: `unverified: ${e.note?.en}`, es: `sin verificar: ${e.note?.es}` },
    };
    if (e.figures.length === 0) {
      lines.push({ ...base, what: e.title, quantity: null, unit: { en: '', es: '' }, source: { publisher: publisherOf(e), url: e.source.url } });
      continue;
    }
    for (const f of e.figures) {
      const unit: Bilingual = { en: f.unit, es: unitLabel(f.unit, 'es') };
      const counterpart = COUNTERPARTS.find(([re]) => re.test(f.what.en))?.[1];
      lines.push({
        ...base,
        counterpart: counterpart ?? base.counterpart,
        what: { en: `${e.title.en}: ${f.what.en}`, es: `${e.title.es}: ${f.what.es}` },
        quantity: f.value,
        unit,
        // The figure's own page; its publisher is the entry's when it is the entry's source.
        source: { publisher: f.url === e.source.url ? publisherOf(e) : sameInBoth(new URL(f.url).hostname), url: f.url },
      });
    }
  }
  return lines;
}
