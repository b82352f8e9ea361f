/**
 * The places a plan can name: municipalities of Mexico's six northern border states, with
 * the coordinates of their seat (INEGI, from the store). A registry or scenario names a
 * city by INEGI code, by name (accents and case ignored), or by a common alias; a name
 * shared by two states needs the state.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { closest } from '../../store/query/closest.js';
import type { City } from './types.js';

/** Names people use that are not INEGI's municipality name. */
const ALIASES: Record<string, string> = {
  'CIUDAD JUAREZ': 'MX-08037', 'CD JUAREZ': 'MX-08037',
  'CIUDAD ACUNA': 'MX-05002', 'CD ACUNA': 'MX-05002',
  'HEROICA NOGALES': 'MX-26043',
  'HEROICA MATAMOROS': 'MX-28022', 'H MATAMOROS': 'MX-28022',
  'NUEVA ROSITA': 'MX-05032',
  'SAN LUIS RIO COLORADO': 'MX-26055', SLRC: 'MX-26055',
};

export class CityCatalogue {
  private readonly byCode = new Map<string, City>();
  private readonly byName = new Map<string, City[]>();

  constructor(readonly cities: City[]) {
    for (const c of cities) {
      this.byCode.set(c.code, c);
      const key = normaliseLabel(c.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), c]);
    }
  }

  get(code: string): City | undefined {
    return this.byCode.get(code);
  }

  /** The city a user named, or what was expected instead, in English and Spanish (for an error message). */
  resolve(name: string, state?: string): City | { problem: string; problemEs: string; otherState?: boolean; candidates?: City[] } {
    const text = name.trim();
    const direct = this.byCode.get(text.toUpperCase());
    if (direct) return direct;
    const key = normaliseLabel(text);
    const alias = ALIASES[key] ? this.byCode.get(ALIASES[key]) : undefined;
    let found = this.byName.get(key) ?? (alias ? [alias] : []);
    if (state) {
      const s = normaliseLabel(state);
      const named = found;
      found = found.filter((c) => c.state === state.toUpperCase() || normaliseLabel(STATE_NAMES[c.state] ?? '') === s);
      // The city exists, in another state: say where it is, not that it is unknown.
      if (found.length === 0 && named.length > 0) {
        const where = [...new Set(named.map((c) => STATE_NAMES[c.state] ?? c.state))];
        const list = where.join(' or ');
        const listEs = where.join(' o ');
        return {
          problem: `the state of ${named[0].name}: it is a municipality of ${list} (column "state": ${list}, or leave it empty)`,
          problemEs: `el estado de ${named[0].name}: es un municipio de ${listEs} (columna "state": ${listEs}, o déjela vacía)`,
          otherState: true,
        };
      }
    }
    if (found.length === 1) return found[0];
    if (found.length === 0) {
      // A mistyped name ("Tijuanna", "Reinosa") is answered with the municipalities it is nearest to, with their states.
      const near = closest(key, this.byName.keys(), 3).flatMap((k) => this.byName.get(k) ?? []).map((c) => `${c.name} (${STATE_NAMES[c.state] ?? c.state})`);
      return {
        problem: `a municipality of a northern border state (INEGI name or code, e.g. Tijuana or MX-02004${near.length ? `; did you mean ${near.join(' or ')}?` : ''})`,
        problemEs: `un municipio de un estado de la frontera norte (nombre o clave del INEGI, p. ej. Tijuana o MX-02004${near.length ? `; ¿quiso decir ${near.join(' o ')}?` : ''})`,
      };
    }
    const named = found.map((c) => `${c.name} (${STATE_NAMES[c.state]})`);
    return {
      candidates: found,
      problem: `a state to tell ${named.join(' from ')} apart (column "state")`,
      problemEs: `un estado para distinguir ${named.slice(0, -1).join(', ')} de ${named.at(-1)} (columna "state")`,
    };
  }
}

export const STATE_NAMES: Record<string, string> = {
  'MX-02': 'Baja California', 'MX-26': 'Sonora', 'MX-08': 'Chihuahua', 'MX-05': 'Coahuila', 'MX-19': 'Nuevo León', 'MX-28': 'Tamaulipas',
};

export async function borderCities(conn: DuckDBConnection): Promise<CityCatalogue> {
  const found = await rows<{ code: string; name: string; state: string; lat: number; lon: number }>(
    conn,
    `SELECT code, label_es AS name, substr(code, 1, 5) AS state, lat, lon FROM places
      WHERE level = 'municipality' AND substr(code, 1, 5) IN ('MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28') AND lat IS NOT NULL
      ORDER BY code`,
  );
  return new CityCatalogue(found.map((c) => ({ ...c, lat: Number(c.lat), lon: Number(c.lon) })));
}
