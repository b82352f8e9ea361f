/**
 * Country labels seen in the vaccines files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 */
export const VACCINES_ALIASES: Record<string, string> = {};
