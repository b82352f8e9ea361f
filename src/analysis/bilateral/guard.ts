/**
 * Mexico's National Guard deployments (`gn-deployed`, a third-party compilation, July 2019
 * to July 2021). The figure is a level (personnel deployed in the month), never summed over
 * months, and counts the Guard's personnel whatever their task, not only migration. The
 * record shows a level when it is first reported and each month it changes: for Mexico,
 * its southern border states and its northern border states, or for every state.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCatalogue, type Catalogue } from './store.js';
import { monthlyRows } from './series.js';
import type { LedgerLine } from './types.js';

/** The June 2019 deployment to the southern border: the first southern-border level links to it. */
export const SOUTH_DEPLOYMENT_EVENT = 'mx-guard-south-2019';
const UNIT = { en: 'National Guard personnel (level)', es: 'elementos de la Guardia Nacional (nivel)' };

export type GuardDetail = 'regions' | 'states';

export async function guardLines(conn: DuckDBConnection, detail: GuardDetail = 'regions', catalogue?: Catalogue): Promise<LedgerLine[]> {
  const cat = catalogue ?? (await readCatalogue(conn));
  const found = detail === 'states' ? await monthlyRows(conn, 'gn-deployed', ['geography=MX'], ['geography']) : await monthlyRows(conn, 'gn-deployed', ['geography=MX,MX-SB,MX-NB']);
  const byPlace = new Map<string, typeof found>();
  for (const r of found) {
    const place = r.keys.geography ?? 'MX';
    byPlace.set(place, [...(byPlace.get(place) ?? []), r]);
  }
  const lines: LedgerLine[] = [];
  for (const [place, rows] of byPlace) {
    const name = cat.place(place);
    let previous: number | null | undefined;
    rows.forEach((r, i) => {
      if (i > 0 && r.value === previous) return;
      const change = i > 0 && previous !== null && previous !== undefined && r.value !== null ? r.value - previous : undefined;
      lines.push({
        date: r.period.slice(0, 7),
        dateKind: 'month',
        actor: 'MX',
        kind: 'delivered',
        what: { en: `National Guard personnel deployed: ${name.en}`, es: `Elementos de la Guardia Nacional desplegados: ${name.es}` },
        quantity: r.value,
        unit: UNIT,
        complete: r.complete,
        note:
          change === undefined
            ? { en: 'first month reported; all of the Guard in the area, whatever the task', es: 'primer mes con datos; toda la Guardia en la zona, sea cual sea su tarea' }
            : { en: `${change > 0 ? '+' : ''}${change.toLocaleString('en-US')} from the level before`, es: `${change > 0 ? '+' : ''}${change.toLocaleString('en-US')} respecto al nivel anterior` },
        source: { ...cat.source(r.source), dataset: r.dataset, vintage: r.vintage },
        event: place === 'MX-SB' && i === 0 ? SOUTH_DEPLOYMENT_EVENT : null,
        origin: 'store',
      });
      previous = r.value;
    });
  }
  return lines;
}
