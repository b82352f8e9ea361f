/**
 * Every IA-NAMI file → observations, file by file (daily tables by INM office,
 * US encounters, transfers, caravans), after checking the reference tables.
 */
import type { Observation, ParseContext } from '../types.js';
import { parseDailyTable } from './daily-table.js';
import { DAILY_TABLES } from './daily-specs.js';
import { parseCaravanas, parseCaravanList } from './parse-caravanas.js';
import { parseEncuentros } from './parse-encuentros.js';
import { checkReferenceTables } from './parse-reference.js';
import { parseTraslados } from './parse-traslados.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const steps: [string, () => Promise<Observation[]>][] = [
    ...DAILY_TABLES.map((spec): [string, () => Promise<Observation[]>] => [spec.fileId, () => parseDailyTable(ctx, spec)]),
    ['encuentros', () => parseEncuentros(ctx)],
    ['traslados', () => parseTraslados(ctx)],
    ['caravanas', () => parseCaravanas(ctx)],
    ['caravanasCs', () => parseCaravanList(ctx)],
    ['reference tables', async () => (await checkReferenceTables(ctx), [])],
  ];
  const out: Observation[] = [];
  for (const [i, [label, step]] of steps.entries()) {
    ctx.progress?.(i / steps.length, label);
    // push in a loop: spreading ~750k observations at once overflows the call stack.
    for (const o of await step()) out.push(o);
  }
  ctx.progress?.(1);
  return out;
}
