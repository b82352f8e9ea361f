import type { Observation, ParseContext } from '../types.js';
import { parseBorder } from './parse-border.js';
import { parseAdp, parseRemovals } from './parse-ice.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  return [...(await parseBorder(ctx)), ...(await parseRemovals(ctx)), ...(await parseAdp(ctx))];
}
