/**
 * People Mexico accepted from the US, month by month, from INM's daily operational files
 * (unofficial and provisional, October 2024 on): non-Mexicans received at the northern
 * border (`inm-foreigners-received`) and Mexicans repatriated (`inm-mexicans-received`).
 * Events, not people. Months with days missing are kept, marked incomplete.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCatalogue, type Catalogue } from './store.js';
import { monthlyRows, partialNote } from './series.js';
import type { Bilingual, LedgerLine } from './types.js';

/** Mexico's repatriation strategy, dated from 20 January 2025: the months it covers link to it. */
export const REPATRIATION_EVENT = 'mexico-te-abraza';
const RECEIVED_UNIT: Bilingual = { en: 'people received (events)', es: 'personas recibidas (eventos)' };

interface Flow {
  measure: string;
  geography: string;
  what: Bilingual;
  event?: (month: string) => string | null;
}

const FLOWS: Flow[] = [
  {
    measure: 'inm-foreigners-received',
    geography: 'MX-NB',
    what: { en: 'Non-Mexicans sent by the US and received by Mexico at its northern border', es: 'Personas no mexicanas enviadas por EE. UU. y recibidas por México en su frontera norte' },
  },
  {
    measure: 'inm-mexicans-received',
    geography: 'MX',
    what: { en: 'Mexicans repatriated by the US and received by INM', es: 'Personas mexicanas repatriadas por EE. UU. y recibidas por el INM' },
    event: (month) => (month >= '2025-01' ? REPATRIATION_EVENT : null),
  },
];

export async function receivedLines(conn: DuckDBConnection, catalogue?: Catalogue): Promise<LedgerLine[]> {
  const cat = catalogue ?? (await readCatalogue(conn));
  const lines: LedgerLine[] = [];
  for (const flow of FLOWS) {
    for (const r of await monthlyRows(conn, flow.measure, [`geography=${flow.geography}`])) {
      const month = r.period.slice(0, 7);
      lines.push({
        date: month,
        dateKind: 'month',
        actor: 'MX',
        counterpart: 'US',
        kind: 'delivered',
        what: flow.what,
        quantity: r.value,
        unit: RECEIVED_UNIT,
        complete: r.complete,
        note: partialNote(r),
        source: { ...cat.source(r.source), dataset: r.dataset, vintage: r.vintage },
        event: flow.event?.(month) ?? null,
        origin: 'store',
      });
    }
  }
  return lines;
}
