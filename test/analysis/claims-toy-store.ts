/**
 * A small store for the claim engine's tests: Border Patrol monthly figures at the
 * southwest border from January 2000 (one table), all of CBP by component from January
 * 2002 (another), and a nationality breakdown in 2003. It has a tie (August 2002 and
 * March 2003), a gap (May 2002 is in neither table), a suppressed cell (OFO, February
 * 2002), a month where Border Patrol peaks but all of CBP does not (October 2003), and
 * months after the target that pass it. Values come from a formula so the tests can recompute them in SQL.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o, type Observation } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

export const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const index = (period: string) => (Number(period.slice(0, 4)) - 2000) * 12 + Number(period.slice(5, 7)) - 1;

/** Border Patrol in month i (0 = January 2000), with the special months the tests rely on. */
export function usbp(period: string): number {
  const special: Record<string, number> = { '2000-03-01': 500, '2002-08-01': 480, '2003-03-01': 480, '2003-09-01': 290, '2003-10-01': 300, '2003-12-01': 600 };
  return special[period] ?? 100 + ((index(period) * 37) % 50);
}
/** OFO in a month: September 2003 is high, so all of CBP peaks where Border Patrol does not. */
export const ofo = (period: string) => (period === '2003-09-01' ? 100 : 20 + (index(period) % 7));
export const GAP = '2002-05-01';
export const SUPPRESSED = '2002-02-01';

export async function claimsToyStore(): Promise<Store> {
  const legacy: Observation[] = [];
  const cbp: Observation[] = [];
  const cit: Observation[] = [];
  for (let i = 0; i < 48; i++) {
    const p = month(i);
    if (p === GAP) continue;
    legacy.push(o('toy-usbp/monthly', p, usbp(p), { geography: 'US-SWB', component: 'USBP' }));
    if (i >= 24) {
      cbp.push(o('toy-cbp/monthly', p, usbp(p), { geography: 'US-SWB', component: 'USBP' }));
      cbp.push(o('toy-cbp/monthly', p, p === SUPPRESSED ? null : ofo(p), { geography: 'US-SWB', component: 'OFO' }));
    }
    if (i >= 36) {
      const total = usbp(p) + ofo(p);
      const hnd = Math.round(total * 0.25);
      cit.push(o('toy-cit/monthly', p, hnd, { geography: 'US-SWB', citizenship: 'HND' }));
      cit.push(o('toy-cit/monthly', p, total - hnd, { geography: 'US-SWB', citizenship: 'OTHER' }));
    }
  }
  const adapters = [
    inlineAdapter('toy-usbp', [{ id: 'toy-usbp/monthly', measure: 'encounters', grain: 'month', complete: [], rounding: 1 }], legacy),
    inlineAdapter('toy-cbp', [{ id: 'toy-cbp/monthly', measure: 'encounters', grain: 'month', complete: ['component'], rounding: 1 }], cbp),
    inlineAdapter('toy-cit', [{ id: 'toy-cit/monthly', measure: 'encounters', grain: 'month', complete: ['citizenship'], rounding: 1 }], cit),
  ];
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-claims-')), 's.duckdb'));
  const outcomes = await ingest(store, adapters, { origin: { mirror: tmpdir() } });
  const failed = outcomes.filter((x) => x.status !== 'loaded');
  if (failed.length) throw new Error(`toy store: ${failed.map((f) => f.error?.message ?? f.status).join('; ')}`);
  return store;
}
