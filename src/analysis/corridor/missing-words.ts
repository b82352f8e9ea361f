/**
 * Why a corridor stage has no figures, in the language asked for: the view's Spanish
 * (`es`, from the planner's and the errors' own Spanish) when it has one. Without it the
 * fixed phrases are said in Spanish and the rest quoted under a lead that says it is
 * English ("en inglés:"), never as if translated.
 */
import type { Lang } from '../../model/index.js';

export function missingSaid(reason: string, lang: Lang, es?: string): string {
  if (lang === 'en') return reason;
  if (es !== undefined) return es;
  const tables = /^no table can answer \((.*)\)$/s.exec(reason);
  if (tables) return `ninguna tabla puede responder (motivo de cada tabla, en inglés: ${tables[1]})`;
  if (reason === 'no figures in this period') return 'no hay cifras en este periodo';
  return `sin cifras (motivo en inglés: ${reason})`;
}
