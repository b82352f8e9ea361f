/**
 * Country labels seen in the vaccines files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 */
export const VACCINES_ALIASES: Record<string, string> = {
  // White House fact sheet of 3 Aug 2021, table of doses donated by recipient (abbreviated labels).
  CAR: 'CAF', // Central African Republic
  ROK: 'KOR', // Republic of Korea
};
