/**
 * Country labels seen in the inm files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 */
export const INM_ALIASES: Record<string, string> = {};
