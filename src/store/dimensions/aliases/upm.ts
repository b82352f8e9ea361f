/**
 * Country labels seen in the upm files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 */
export const UPM_ALIASES: Record<string, string> = {};
