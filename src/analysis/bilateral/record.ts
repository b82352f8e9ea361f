/**
 * The bilateral record (`corridor record`): the ledger lines from the vaccine sources, INM's
 * receptions, the Guard deployments and the timeline, in date order, filtered by actor,
 * kind and period. A timeline figure that a store line repeats (same entry, day and
 * quantity) is shown once, from the store, with a note that the two agree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { dayWords, monthWords } from '../../model/index.js';
import { dayBound, dayRange } from '../events/filter.js';
import { loadEvents } from '../events/load.js';
import { KIND_WORDS, type PolicyEvent } from '../events/schema.js';
import { guardLines, type GuardDetail } from './guard.js';
import { receivedLines } from './received.js';
import { readCatalogue } from './store.js';
import { timelineLines } from './timeline.js';
import { LEDGER_KINDS, type Bilingual, type LedgerKind, type LedgerLine } from './types.js';
import { vaccineLines } from './vaccines.js';

export interface RecordFilter {
  /** US, MX (lines of a joint declaration, actor 'bilateral', are kept for both) or bilateral. */
  actor?: string;
  kind?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, inclusive; a month line is kept if its month overlaps. */
  from?: string;
  to?: string;
  /** Guard deployments for Mexico and its two border regions (default), or for every state. */
  guard?: GuardDetail;
}

export interface BilateralRecord {
  lines: LedgerLine[];
  /** What the record does not hold, in words, computed from its lines (for the actor and kind asked for). */
  caveats: { en: string; es: string }[];
}

export async function bilateralRecord(conn: DuckDBConnection, filter: RecordFilter = {}, events: PolicyEvent[] = loadEvents()): Promise<BilateralRecord> {
  const actor = pickActor(filter.actor);
  const kind = pickKind(filter.kind);
  const { from, to } = dayRange(filter.from, filter.to);
  const catalogue = await readCatalogue(conn);
  const vaccines = await vaccineLines(conn, catalogue);
  const received = await receivedLines(conn, catalogue);
  const store = [...vaccines, ...received, ...(await guardLines(conn, filter.guard ?? 'regions', catalogue))];
  const timeline = timelineLines(events).filter((t) => {
    const twin = store.find((s) => s.event === t.event && s.date === t.date && s.quantity === t.quantity);
    if (twin) twin.note = { en: 'the timeline states the same figure', es: 'la cronología da la misma cifra' };
    return !twin;
  });
  const all = [...store, ...timeline];
  const lines = all
    .filter((l) => !actor || l.actor === actor || (l.actor === 'bilateral' && actor !== 'bilateral'))
    .filter((l) => !kind || l.kind === kind)
    .filter((l) => (!from || lastDay(l) >= from) && (!to || firstDay(l) <= to))
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)) || a.actor.localeCompare(b.actor) || LEDGER_KINDS.indexOf(a.kind) - LEDGER_KINDS.indexOf(b.kind) || a.what.en.localeCompare(b.what.en));
  return { lines, caveats: recordCaveats({ all, lines, vaccines, received, events, actor, kind }) };
}

/** What the caveats are computed from: every line, the lines shown, and the store's parts of them. */
export interface CaveatInput {
  /** Every line of the record, before the filter. */
  all: LedgerLine[];
  /** The lines the filter keeps. */
  lines: LedgerLine[];
  /** The vaccine sources' lines (vaccines.ts) and INM's receptions (received.ts). */
  vaccines: LedgerLine[];
  received: LedgerLine[];
  events: PolicyEvent[];
  actor?: string;
  kind?: LedgerKind;
}

/**
 * What the record does not hold, said from the lines themselves (never a fixed text that the
 * data can outgrow): which requests there are, to which day the US doses run, which months
 * INM's files cover and how many of their figures lack days. Each only where the actor and
 * kind asked for can show such lines.
 */
export function recordCaveats(c: CaveatInput): Bilingual[] {
  const kind = (k: LedgerKind) => !c.kind || c.kind === k;
  const shows = (k: LedgerKind, actor: string) => kind(k) && (!c.actor || c.actor === actor);
  return [
    ...(kind('asked') ? [askedCaveat(c.all.filter((l) => l.kind === 'asked'), c.lines.filter((l) => l.kind === 'asked'), c.events)] : []),
    ...(shows('delivered', 'US') ? [dosesCaveat(c.vaccines.filter((l) => l.kind === 'delivered'))] : []),
    ...(shows('delivered', 'MX') ? [receivedCaveat(c.received)] : []),
  ];
}

/** An entry's kind in words, for saying where the "asked" lines come from. */
const EVENT_KIND_WORDS = KIND_WORDS;

/** The "asked" lines: how many, when, and from which entries; or that there is none. */
function askedCaveat(all: LedgerLine[], shown: LedgerLine[], events: PolicyEvent[]): Bilingual {
  if (all.length === 0) {
    return {
      en: 'No "asked" line: the timeline has no request entry with a source.',
      es: 'No hay líneas de "pidió": la cronología no tiene entradas de solicitud con fuente.',
    };
  }
  const dates = (ls: LedgerLine[]) => [...new Set(ls.map((l) => l.date))].join(', ');
  const entries = (ls: LedgerLine[]) => new Set(ls.map((l) => l.event)).size;
  if (shown.length === 0) {
    const k = entries(all);
    return {
      en: `No "asked" line in this selection; the record has ${all.length} (${dates(all)}), from ${k} timeline entr${k === 1 ? 'y' : 'ies'}.`,
      es: `Ninguna línea de "pidió" en esta selección; el registro tiene ${all.length} (${dates(all)}), de ${k} entrada${k === 1 ? '' : 's'} de la cronología.`,
    };
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  const kinds = [...new Set(shown.map((l) => (l.event ? byId.get(l.event)?.kind : undefined)).filter((k) => k !== undefined))];
  const from = (lang: 'en' | 'es') =>
    lang === 'en'
      ? `the timeline's ${kinds.map((k) => EVENT_KIND_WORDS[k].en).join(' and ')} entries`
      : `las entradas de ${kinds.map((k) => EVENT_KIND_WORDS[k].es).join(' y de ')} de la cronología`;
  const n = shown.length;
  return {
    en: `${n} "asked" line${n === 1 ? '' : 's'} (${dates(shown)}), from ${from('en')}, each with its source: a request that no source reports, or one told only inside another entry (an agreement, a deployment), is not listed as asked.`,
    es: `${n} línea${n === 1 ? '' : 's'} de "pidió" (${dates(shown)}), de ${from('es')}, cada una con su fuente: una solicitud que ninguna fuente reporta, o que solo se cuenta dentro de otra entrada (un acuerdo, un despliegue), no figura como "pidió".`,
  };
}

/** The US doses delivered: whose figures, to which day; or that the store has none. */
function dosesCaveat(delivered: LedgerLine[]): Bilingual {
  if (delivered.length === 0) {
    return {
      en: 'No US vaccine doses delivered: the store holds no donation figures (source wh-vaccines).',
      es: 'No hay dosis de vacunas entregadas por EE. UU.: el almacén no tiene cifras de donaciones (fuente wh-vaccines).',
    };
  }
  const last = delivered.map((l) => l.date).sort().at(-1)!;
  const publishers = [...new Map(delivered.map((l) => [l.source.publisher.en, l.source.publisher])).values()];
  const by = (lang: 'en' | 'es') => publishers.map((p) => p[lang]).join(lang === 'es' ? ' y ' : ' and ');
  return {
    en: `US doses delivered are the figures of ${by('en')} to ${dayWords(last).en} only; later donations are not in the store.`,
    es: `Las dosis entregadas por EE. UU. son solo las cifras de ${by('es')} al ${dayWords(last).es}; las donaciones posteriores no están en el almacén.`,
  };
}

/** People received from the US: which months INM's files cover, and how many lack days; or that there are none. */
function receivedCaveat(received: LedgerLine[]): Bilingual {
  if (received.length === 0) {
    return {
      en: 'No people received from the US: the store holds none of INM\'s daily files (source inm-ianami).',
      es: 'No hay personas recibidas desde EE. UU.: el almacén no tiene los archivos diarios del INM (fuente inm-ianami).',
    };
  }
  const months = [...new Set(received.map((l) => l.date))].sort();
  const partial = received.filter((l) => !l.complete).length;
  const n = received.length;
  const range = (lang: 'en' | 'es') => `${monthWords(months[0])[lang]} ${lang === 'es' ? 'a' : 'to'} ${monthWords(months.at(-1)!)[lang]}`;
  return {
    en: `People received from the US come from INM daily files (unofficial, provisional), ${range('en')}; ${
      partial === 0 ? `none of the ${n} monthly figures lacks days.` : `${partial} of the ${n} monthly figures lack days and may be lower bounds (marked incomplete).`
    }`,
    es: `Las personas recibidas desde EE. UU. provienen de archivos diarios del INM (no oficiales, provisionales), de ${range('es')}; ${
      partial === 0 ? `a ninguna de las ${n} cifras mensuales le faltan días.` : `a ${partial} de las ${n} cifras mensuales les faltan días y pueden ser cotas inferiores (marcadas incompletas).`
    }`,
  };
}


function pickActor(text?: string): string | undefined {
  if (!text) return undefined;
  const hit = ['US', 'MX', 'bilateral'].find((a) => a.toLowerCase() === text.trim().toLowerCase());
  if (!hit) throw new UsageError(
    `the record's actors are US, MX and bilateral, not "${text}"`,
    `los actores del registro son US, MX y bilateral, no "${text}"`,
  );
  return hit;
}

function pickKind(text?: string): LedgerKind | undefined {
  if (!text) return undefined;
  const hit = LEDGER_KINDS.find((k) => k === text.trim().toLowerCase());
  if (!hit) throw new UsageError(
    `a ledger kind is ${LEDGER_KINDS.join(', ')}, not "${text}"`,
    `un tipo (kind) de línea del registro es ${LEDGER_KINDS.join(', ')}, no "${text}"`,
  );
  return hit;
}

function firstDay(l: LedgerLine): string {
  return l.date.length === 7 ? `${l.date}-01` : l.date;
}

function lastDay(l: LedgerLine): string {
  return l.date.length === 7 ? dayBound(l.date, 'to') : l.date;
}
