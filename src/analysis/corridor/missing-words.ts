/**
 * Why a corridor stage has no figures, in the language asked for. The fixed phrases are said
 * in Spanish; the query planner's own reasons per table exist in English only, so the Spanish
 * quotes them under a lead that says so ("en inglés:"), never as if translated.
 */
import type { Lang } from '../../model/index.js';

export function missingSaid(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  const tables = /^no table can answer \((.*)\)$/s.exec(reason);
  if (tables) return `ninguna tabla puede responder (motivo de cada tabla, en inglés: ${tables[1]})`;
  if (reason === 'no figures in this period') return 'no hay cifras en este periodo';
  return `sin cifras (motivo en inglés: ${reason})`;
}
