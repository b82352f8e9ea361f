/**
 * A break's label in the reader's language: every face (API, CLI) names the documented
 * policy breaks (breaks.ts) and the detected changepoints with the same words.
 */
import type { Lang } from '../../model/index.js';
import type { Break } from './breaks.js';

/** Spanish names of the documented policy breaks (breaks.ts), by their first month. */
const POLICY_ES: Record<string, string> = {
  '2020-04': 'Comienzan las expulsiones del Título 42',
  '2023-06': 'Termina el Título 42',
  '2025-02': 'Medidas fronterizas de EE. UU. de enero de 2025',
};

export function breakLabel(b: Pick<Break, 'start' | 'kind' | 'label'>, lang: Lang): string {
  if (lang === 'en') return b.label;
  if (b.kind === 'detected') return `cambio detectado en los datos (${b.start})`;
  return POLICY_ES[b.start] ?? b.label;
}
