import type { Observation, ParseContext } from '../types.js';
import { parseCrossReference } from './parse-cross-reference.js';
import { ENCOUNTERS_BY_PART, parseByPart } from './parse-by-part.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  return [...(await parseCrossReference(ctx)), ...(await parseByPart(ctx, ENCOUNTERS_BY_PART))];
}
