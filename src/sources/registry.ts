/**
 * Every source corridor knows, in the order they are ingested.
 */
import type { SourceAdapter } from './types.js';

export const ADAPTERS: SourceAdapter[] = [];

export function adapterById(id: string): SourceAdapter | undefined {
  return ADAPTERS.find((a) => a.describe.id === id);
}
