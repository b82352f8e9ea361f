/**
 * US COVID-19 vaccine doses in the record, from the two vaccine sources:
 *
 * - delivered: doses the US donated and shipped to Mexico and each Central American
 *   country, cumulative to 3 August 2021 (White House fact sheet, `vaccine-doses-donated`,
 *   category donor:USA), linked to the timeline's entry for that fact sheet;
 * - committed: the donation agreements Mexico signed with the US government (PODER's
 *   file, `vaccine-doses-contracted`, the `…-us-government` categories), dated by the
 *   agreement's start date. Agreed, not necessarily delivered; Mexico's purchases and
 *   other donors' agreements are not bilateral with the US and are left out.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCatalogue, snapshotRows, type Catalogue } from './store.js';
import type { LedgerLine } from './types.js';

/** Mexico and Central America: the recipients the record shows. */
export const REGION = ['MX', 'GTM', 'BLZ', 'HND', 'SLV', 'NIC', 'CRI', 'PAN'];

const DOSES = { en: 'doses', es: 'dosis' };
/** The timeline entry for the White House fact sheet of 3 August 2021. */
export const FACT_SHEET_EVENT = 'us-vaccine-donations-2021-08';

export async function vaccineLines(conn: DuckDBConnection, catalogue?: Catalogue): Promise<LedgerLine[]> {
  const cat = catalogue ?? (await readCatalogue(conn));
  const donated = (await snapshotRows(conn, 'vaccine-doses-donated')).filter((r) => r.category === 'donor:USA' && REGION.includes(r.geography));
  const contracted = (await snapshotRows(conn, 'vaccine-doses-contracted')).filter((r) => r.geography === 'MX' && r.category.endsWith('-us-government'));
  const lines: LedgerLine[] = [];
  for (const r of donated) {
    const to = cat.place(r.geography);
    lines.push({
      date: r.date,
      dateKind: 'as-of',
      actor: 'US',
      counterpart: r.geography,
      kind: 'delivered',
      what: { en: `COVID-19 vaccine doses donated and shipped to ${to.en} (running total)`, es: `Dosis de vacuna contra COVID-19 donadas y enviadas a ${to.es} (total acumulado)` },
      quantity: r.value,
      unit: DOSES,
      complete: true,
      source: { ...cat.source(r.source), dataset: r.dataset, vintage: r.vintage },
      event: FACT_SHEET_EVENT,
      origin: 'store',
    });
  }
  for (const r of contracted) {
    const label = cat.category(r.category);
    lines.push({
      date: r.date,
      dateKind: 'day',
      actor: 'US',
      counterpart: 'MX',
      kind: 'committed',
      what: { en: `Donation agreement signed by Mexico: ${label.en}`, es: `Convenio de donación firmado por México: ${label.es}` },
      quantity: r.value,
      unit: DOSES,
      complete: true,
      note: {
        en: 'Doses agreed, dated by the agreement\'s start date; not doses delivered. PODER compiles the agreements (a third party).',
        es: 'Dosis acordadas, fechadas por el inicio del convenio; no dosis entregadas. PODER compila los convenios (un tercero).',
      },
      source: { ...cat.source(r.source), dataset: r.dataset, vintage: r.vintage },
      event: null,
      origin: 'store',
    });
  }
  return lines;
}
