/**
 * Reads the workbook once and each sheet family with its own parser.
 */
import { InputError } from '../../errors.js';
import { loadWorkbook } from '../read/xlsx.js';
import type { Observation, ParseContext } from '../types.js';
import { CITIZENSHIP_LISTS, parseCitizenshipList } from './citizenship.js';
import { parseBookoutsByAgency, parseBookoutsByCitizenship, parseBookoutsByFamily } from './parse-bookouts.js';
import { parseSwbCitizenship, parseSwbFamily, parseSwbSectors, parseTypeRegion } from './parse-encounters.js';
import { parseRepatriationsByType } from './parse-repatriations.js';

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.workbook;
  if (!file) throw new InputError({ file: 'workbook' }, 'the file "workbook" (the OHSS monthly tables XLSX)', 'no such file in the parse context', 'missing file');
  const wb = await loadWorkbook(file);
  const steps: (() => Observation[])[] = [
    () => parseTypeRegion(wb, file),
    () => parseSwbCitizenship(wb, file),
    () => parseSwbFamily(wb, file),
    () => parseSwbSectors(wb, file),
    () => parseBookoutsByAgency(wb, file),
    () => parseBookoutsByFamily(wb, file),
    () => parseBookoutsByCitizenship(wb, file),
    () => parseRepatriationsByType(wb, file),
    ...CITIZENSHIP_LISTS.map(({ spec, target }) => () => parseCitizenshipList(wb, file, spec, target)),
  ];
  const out: Observation[] = [];
  steps.forEach((step, i) => {
    for (const o of step()) out.push(o);
    ctx.progress?.((i + 1) / steps.length);
  });
  return out;
}
