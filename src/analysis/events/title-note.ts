/**
 * A source's title is quoted as published, never translated; a reader in the other
 * language is told which language it is in.
 */
import type { PolicyEvent } from './schema.js';

type Lang = 'en' | 'es';

const SAID: Record<Lang, Record<Lang, string>> = {
  en: { en: '', es: 'original title, in Spanish' },
  es: { en: 'título original en inglés', es: '' },
};

/** What a reader of `lang` is told about the title of `e`'s source; undefined when it is in their language. */
export function titleNote(e: PolicyEvent, lang: Lang): string | undefined {
  return SAID[lang][e.source.title_lang] || undefined;
}

/** The entry with source.title_note added when its title is in the other language. */
export function withTitleNote(e: PolicyEvent, lang: Lang): PolicyEvent & { source: { title_note?: string } } {
  const note = titleNote(e, lang);
  return note ? { ...e, source: { ...e.source, title_note: note } } : e;
}
