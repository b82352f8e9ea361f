/**
 * Citizenship / nationality: ISO 3166-1 alpha-3 codes with English and Spanish names,
 * plus explicit groups for what publishers lump together. Every label seen in any
 * file, in either language, resolves to exactly one code; an unknown label is an
 * ingest error (see resolveCountry), never a silent OTHER.
 */
import { createRequire } from 'node:module';
import type { Bilingual } from '../../model/index.js';
import { InputError, shown, type Location } from '../../errors.js';
import { normaliseLabel } from './normalise.js';
import { ALIAS_GROUPS } from './aliases/index.js';

const require = createRequire(import.meta.url);
// With require, not import: an ESM import of this CommonJS package parses it for its exports at every start.
const countries: typeof import('i18n-iso-countries') = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

export interface Country {
  code: string;
  label: Bilingual;
  /** True for explicit groups (OTHER, UNKNOWN, ...), false for ISO countries. */
  group: boolean;
}

/** Groups publishers use in place of a country. */
export const COUNTRY_GROUPS: Country[] = [
  { code: 'OTHER', label: { en: 'Other countries', es: 'Otros países' }, group: true },
  { code: 'UNKNOWN', label: { en: 'Unknown or not reported', es: 'Desconocido o no registrado' }, group: true },
  { code: 'STATELESS', label: { en: 'Stateless', es: 'Apátrida' }, group: true },
  { code: 'XKX', label: { en: 'Kosovo', es: 'Kosovo' }, group: false },
  { code: 'YUG', label: { en: 'Yugoslavia (former)', es: 'Yugoslavia (antigua)' }, group: true },
  { code: 'SCG', label: { en: 'Serbia and Montenegro (former)', es: 'Serbia y Montenegro (antigua)' }, group: true },
  { code: 'SUN', label: { en: 'Soviet Union (former)', es: 'Unión Soviética (antigua)' }, group: true },
  { code: 'CSK', label: { en: 'Czechoslovakia (former)', es: 'Checoslovaquia (antigua)' }, group: true },
  { code: 'ANT', label: { en: 'Netherlands Antilles (former)', es: 'Antillas Neerlandesas (antiguas)' }, group: true },
];

function isoCountries(): Country[] {
  const alpha3 = Object.keys(countries.getAlpha3Codes());
  return alpha3.map((code) => ({
    code,
    label: { en: countries.getName(code, 'en') ?? code, es: countries.getName(code, 'es') ?? code },
    group: false,
  }));
}

export const COUNTRIES: Country[] = [...isoCountries(), ...COUNTRY_GROUPS];
const known = new Set(COUNTRIES.map((c) => c.code));

/** Every name variant, in both languages, normalised → code. Aliases win over ISO names. */
const lookup: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const lang of ['en', 'es'] as const) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [alpha2, variants] of Object.entries(names)) {
      const code = countries.alpha2ToAlpha3(alpha2);
      if (!code) continue;
      for (const v of variants) m.set(normaliseLabel(v), code);
    }
  }
  for (const code of known) m.set(code, code);
  for (const g of COUNTRY_GROUPS) {
    m.set(normaliseLabel(g.label.en), g.code);
    m.set(normaliseLabel(g.label.es), g.code);
  }
  const taught = new Map<string, { code: string; group: string }>();
  for (const [group, aliases] of Object.entries(ALIAS_GROUPS)) {
    for (const [alias, code] of Object.entries(aliases)) {
      if (!known.has(code)) throw new Error(`country alias "${alias}" (aliases/${group}.ts) maps to unknown code ${code}`);
      const key = normaliseLabel(alias);
      const prior = taught.get(key);
      if (prior && prior.code !== code) throw new Error(`country alias "${alias}" maps to ${code} in aliases/${group}.ts but to ${prior.code} in aliases/${prior.group}.ts`);
      taught.set(key, { code, group });
      m.set(key, code);
    }
  }
  return m;
})();

/** The code for a label, or undefined when nobody has taught corridor that label. */
export function countryCode(label: string): string | undefined {
  return lookup.get(normaliseLabel(label));
}

/** The code for a label; an unknown label is an InputError naming it and where it was. */
export function resolveCountry(label: string, at: Location): string {
  const code = countryCode(label);
  if (code === undefined) {
    throw new InputError(at, 'a country or nationality known to corridor (teach it in src/store/dimensions/aliases/)', shown(label), 'unknown country label');
  }
  return code;
}

export function countryByCode(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}
