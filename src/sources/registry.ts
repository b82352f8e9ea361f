/**
 * Every source corridor knows, in the order they are ingested.
 */
import cbpSbo from './cbp-sbo/index.js';
import cbpState from './cbp-state/index.js';
import ohssKhsm from './ohss-khsm/index.js';
import type { SourceAdapter } from './types.js';

export const ADAPTERS: SourceAdapter[] = [cbpSbo, cbpState, ohssKhsm];

export function adapterById(id: string): SourceAdapter | undefined {
  return ADAPTERS.find((a) => a.describe.id === id);
}
