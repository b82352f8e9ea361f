/**
 * The language the command line speaks: --lang en|es on every command that prints words.
 * Output, errors and --help follow it (help-es.ts). An error written in English only
 * (most of the store's and the adapters' messages) is printed under a Spanish lead that
 * says so, never passed off as a translation.
 */
import type { Lang } from '../model/index.js';
import { InputError, UsageError, inputErrorInSpanish } from '../errors.js';

export type { Lang };

/** --lang's value; anything but en or es is refused, in both languages. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en' || value === 'es') return value ?? 'en';
  throw new UsageError(`--lang must be en or es, not "${value}"`, `--lang debe ser en o es, no "${value}"`);
}

/** The language named on the command line (--lang es or --lang=es), for messages printed before or outside a command's options. */
export function argvLang(args: string[] = process.argv.slice(2)): Lang {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang' && args[i + 1] === 'es') return 'es';
    if (args[i] === '--lang=es') return 'es';
  }
  return 'en';
}

/** An error as a user reads it in `lang`: its Spanish text when it has one, else the English with a lead that says so. */
export function errorText(err: Error, lang: Lang): string {
  if (lang === 'en') return err.message;
  if (err instanceof UsageError && err.es) return err.es;
  if (err instanceof InputError) return inputErrorInSpanish(err);
  return `(mensaje en inglés) ${err.message}`;
}
