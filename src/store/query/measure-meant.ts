/**
 * The measures a name that is not a measure id may mean, for a refusal that helps: first
 * those whose English or Spanish label holds the name's words ("encuentros" is in
 * "Encuentros de CBP", "deaths" in "Migrant deaths recorded by the Border Patrol"), then the
 * ids nearest in spelling. Before, "encuentros" got no suggestion at all: it is far from
 * "encounters" in spelling.
 */
import { closest } from './closest.js';

export interface MeasureName {
  id: string;
  label_en?: string | null;
  label_es?: string | null;
}

/** Lower case, accents removed, anything but letters and digits a space. */
const words = (s: string) => ` ${s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

export function measuresMeant(name: string, measures: readonly MeasureName[], max = 3): MeasureName[] {
  const wanted = words(name);
  const byLabel = wanted.trim() === '' ? [] : measures.filter((m) => [m.label_en, m.label_es].some((l) => l && words(l).includes(wanted)));
  const bySpelling = closest(name, measures.map((m) => m.id), max).map((id) => measures.find((m) => m.id === id)!);
  return [...new Map([...byLabel, ...bySpelling].map((m) => [m.id, m])).values()].slice(0, max);
}

/** ' (did you mean "encounters" (CBP encounters)?)' in the language asked for, or '' when nothing is near. */
export function meantText(meant: readonly MeasureName[], lang: 'en' | 'es'): string {
  if (!meant.length) return '';
  const named = meant.map((m) => {
    const label = lang === 'es' ? m.label_es : m.label_en;
    return label ? `"${m.id}" (${label})` : `"${m.id}"`;
  });
  return lang === 'es' ? ` (¿quiso decir ${named.join(' o ')}?)` : ` (did you mean ${named.join(' or ')}?)`;
}
