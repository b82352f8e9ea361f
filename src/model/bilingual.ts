/** A text every user sees, in both of corridor's languages. */
export interface Bilingual {
  en: string;
  es: string;
}

export type Lang = keyof Bilingual;
