/**
 * IOM's six files → observations, file by file.
 */
import type { Observation, ParseContext } from '../types.js';
import { parseEncounters } from './parse-cbp.js';
import { parseDarienByNationality, parseDarienBySexAge } from './parse-darien.js';
import { parsePresentadosByNationality, parsePresentadosBySexAge, parseReturns } from './parse-mexico.js';

const STEPS: [string, (ctx: ParseContext) => Promise<Observation[]>][] = [
  ['UPM presentados by nationality', parsePresentadosByNationality],
  ['UPM presentados by sex and age', parsePresentadosBySexAge],
  ['UPM returns', parseReturns],
  ['Darién by nationality', parseDarienByNationality],
  ['Darién by sex and age', parseDarienBySexAge],
  ['CBP southwest border encounters', parseEncounters],
];

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const out: Observation[] = [];
  for (const [i, [label, step]] of STEPS.entries()) {
    ctx.progress?.(i / STEPS.length, label);
    for (const o of await step(ctx)) out.push(o);
  }
  ctx.progress?.(1);
  return out;
}
