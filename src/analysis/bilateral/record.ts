/**
 * The bilateral record (`corridor record`): the ledger lines from the vaccine sources, INM's
 * receptions, the Guard deployments and the timeline, in date order, filtered by actor,
 * kind and period. A timeline figure that a store line repeats (same entry, day and
 * quantity) is shown once, from the store, with a note that the two agree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { dayBound, dayRange } from '../events/filter.js';
import { loadEvents } from '../events/load.js';
import type { PolicyEvent } from '../events/schema.js';
import { guardLines, type GuardDetail } from './guard.js';
import { receivedLines } from './received.js';
import { readCatalogue } from './store.js';
import { timelineLines } from './timeline.js';
import { LEDGER_KINDS, type LedgerKind, type LedgerLine } from './types.js';
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
  /** What the record does not hold, in words. */
  caveats: { en: string; es: string }[];
}

export async function bilateralRecord(conn: DuckDBConnection, filter: RecordFilter = {}, events: PolicyEvent[] = loadEvents()): Promise<BilateralRecord> {
  const actor = pickActor(filter.actor);
  const kind = pickKind(filter.kind);
  const { from, to } = dayRange(filter.from, filter.to);
  const catalogue = await readCatalogue(conn);
  const store = [...(await vaccineLines(conn, catalogue)), ...(await receivedLines(conn, catalogue)), ...(await guardLines(conn, filter.guard ?? 'regions', catalogue))];
  const timeline = timelineLines(events).filter((t) => {
    const twin = store.find((s) => s.event === t.event && s.date === t.date && s.quantity === t.quantity);
    if (twin) twin.note = { en: 'the timeline states the same figure', es: 'la cronología da la misma cifra' };
    return !twin;
  });
  const lines = [...store, ...timeline]
    .filter((l) => !actor || l.actor === actor || (l.actor === 'bilateral' && actor !== 'bilateral'))
    .filter((l) => !kind || l.kind === kind)
    .filter((l) => (!from || lastDay(l) >= from) && (!to || firstDay(l) <= to))
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)) || a.actor.localeCompare(b.actor) || LEDGER_KINDS.indexOf(a.kind) - LEDGER_KINDS.indexOf(b.kind) || a.what.en.localeCompare(b.what.en));
  return { lines, caveats: CAVEATS };
}

const CAVEATS = [
  {
    en: 'No "asked" line yet: the timeline has no request entry with a source; the 2019 and 2025 US tariff threats appear only inside the agreement and deployment entries they led to.',
    es: 'Aún no hay líneas de "pidió": la cronología no tiene entradas de solicitud con fuente; las amenazas arancelarias de EE. UU. de 2019 y 2025 aparecen solo dentro de las entradas de acuerdo y despliegue que provocaron.',
  },
  {
    en: 'US doses delivered are the White House figures to 3 August 2021 only; later donations are not in the store.',
    es: 'Las dosis entregadas por EE. UU. son solo las cifras de la Casa Blanca al 3 de agosto de 2021; las donaciones posteriores no están en el almacén.',
  },
  {
    en: 'People received from the US come from INM daily files (unofficial, provisional) from October 2024; months with days missing may be lower bounds.',
    es: 'Las personas recibidas desde EE. UU. provienen de archivos diarios del INM (no oficiales, provisionales) desde octubre de 2024; los meses con días faltantes pueden ser cotas inferiores.',
  },
];

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
