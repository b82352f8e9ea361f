/**
 * Finding a shelter's INEGI municipality from the names the replica gives ("Juárez",
 * "Chihuahua"): the state first, then the municipality by name within it. Names repeat
 * across states (Juárez is in six), so never by name alone; a name that matches none,
 * or two, is an error naming it.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { mexicanState } from '../../store/dimensions/mexico.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import type { Municipality } from '../inegi-places/municipalities.js';

export class MunicipalityNames {
  private readonly byStateAndName = new Map<string, Municipality[]>();

  constructor(municipalities: Municipality[], private readonly source: string) {
    for (const m of municipalities) {
      const key = `${m.state}|${normaliseLabel(m.name)}`;
      this.byStateAndName.set(key, [...(this.byStateAndName.get(key) ?? []), m]);
    }
  }

  /** The municipality's place code ('MX-08037'). */
  find(municipio: string | null, estado: string | null, atMunicipio: Location, atEstado: Location): string {
    const state = mexicanState(estado ?? '');
    if (!state) throw new InputError(atEstado, 'the name of a Mexican state', shown(estado), 'unknown state');
    const hits = this.byStateAndName.get(`${state}|${normaliseLabel(municipio ?? '')}`) ?? [];
    if (hits.length === 0) {
      throw new InputError(atMunicipio, `the name of a municipality of ${(estado ?? '').trim()} (${state}) in ${this.source}`, shown(municipio), 'unknown municipality');
    }
    if (hits.length > 1) {
      throw new InputError(atMunicipio, `a municipality name that is unique in ${(estado ?? '').trim()}`, `${shown(municipio)}, which names ${hits.map((m) => m.code).join(' and ')}`, 'ambiguous municipality');
    }
    return hits[0].code;
  }
}
