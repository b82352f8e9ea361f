/**
 * Country labels seen in the unhcr files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 */
export const UNHCR_ALIASES: Record<string, string> = {};
