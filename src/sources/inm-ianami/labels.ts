/**
 * The files' place and nationality labels → store codes. Labels are matched after
 * normalisation (case, accents, spacing), and each distinct label is resolved once.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import { mexicanState } from '../../store/dimensions/mexico.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';

/**
 * "ESTADO / O.R." names the state of an INM office (Oficina de Representación). The files
 * write plain state names, but an office may be written as "Oficina de Representación en
 * Chiapas", "O.R. Chiapas" or "Representación Local en ...": the prefix names the office,
 * the rest its state.
 */
const OFFICE_PREFIX = /^(OFICINA DE REPRESENTACION( LOCAL)?( EN| DE)?|SUB REPRESENTACION LOCAL( EN| DE)?|REPRESENTACION LOCAL( EN| DE)?|O R( EN| DE)?|OR)\s+/;

const states = new Map<string, string | undefined>();

export function stateCode(label: string | null, at: Location): string {
  const text = (label ?? '').trim();
  if (!states.has(text)) states.set(text, mexicanState(normaliseLabel(text).replace(OFFICE_PREFIX, '')));
  const code = states.get(text);
  if (!code) throw new InputError(at, 'a Mexican state or the state of an INM office (e.g. "Chiapas", "CIUDAD DE MÉXICO")', shown(label), 'unknown state label');
  return code;
}

const countries = new Map<string, string>();

/** The ISO alpha-3 code or group of a nationality label (aliases in store/dimensions/aliases/inm.ts). */
export function nationalityCode(label: string | null, at: Location): string {
  const text = (label ?? '').trim();
  let code = countries.get(text);
  if (code === undefined) countries.set(text, (code = resolveCountry(text, at)));
  return code;
}
