/**
 * The bilateral record: a ledger of what each government asked, committed and delivered,
 * each line with its date, figure, source and the timeline entry it belongs to.
 */
import type { Actor } from '../events/schema.js';
import type { Bilingual } from '../../model/index.js';

export type { Bilingual };

export const LEDGER_KINDS = ['asked', 'committed', 'delivered'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_KIND_LABELS: Record<LedgerKind, Bilingual> = {
  asked: { en: 'asked', es: 'pidió' },
  committed: { en: 'committed', es: 'comprometió' },
  delivered: { en: 'delivered', es: 'entregó' },
};

export interface LedgerSource {
  /** Publisher (from the store's sources, or the event's source), in both languages. */
  publisher: Bilingual;
  /** Where to read it: the source's landing page, or the page the timeline quotes. */
  url: string;
  /** For figures from the store: the table and the vintage they were read from. */
  dataset?: string;
  vintage?: number;
}

export interface LedgerLine {
  /** 'YYYY-MM-DD' (a day) or 'YYYY-MM' (a month). */
  date: string;
  /** 'day': on that day; 'as-of': a running total to that day; 'month': over (or, for a level, in) that month. */
  dateKind: 'day' | 'as-of' | 'month';
  /** Who asked, committed or delivered; 'bilateral' for a joint declaration. */
  actor: Actor;
  /** The other party, a place code (MX, GTM, US, CAN...), when there is one. */
  counterpart?: string;
  kind: LedgerKind;
  what: Bilingual;
  quantity: number | null;
  unit: Bilingual;
  /** False when the month lacks days in its source: the figure is then a lower bound. */
  complete: boolean;
  note?: Bilingual;
  source: LedgerSource;
  /** The timeline entry (data/events.json) the line belongs to, if any. */
  event: string | null;
  /** Where the line comes from: a table of the store, or a figure the timeline states. */
  origin: 'store' | 'timeline';
}
