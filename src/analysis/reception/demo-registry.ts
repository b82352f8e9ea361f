/**
 * The demo registry: the "México te abraza" shelters in the store (mx-shelters), an
 * UNVERIFIED third-party replica whose capacities look nominal. Each becomes a site with
 * its stated capacity as shared beds for men, women and families; none is a DIF facility,
 * so unaccompanied minors find no place in it (the plan says so).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import { slug } from './registry.js';
import type { Assumption, Site } from './types.js';

/**
 * How the reader of a plan made on the demo registry plans with their own: the command line takes
 * a registry file (`--registry FILE`); the API and the dashboard read no file a client sends, so
 * their readers are told what they can do instead (a dashboard reader has no command line).
 */
export type OwnRegistry = 'command-line' | 'service';

export const OWN_REGISTRY: Record<OwnRegistry, { en: string; es: string }> = {
  'command-line': { en: 'Supply your own registry with --registry FILE.', es: 'Use su propio registro con --registry ARCHIVO.' },
  service: {
    en: 'This service (the dashboard and its API) plans with this registry only and takes no file from its readers: to plan with your own shelters and beds, write them in a registry (a CSV of sites: name, city, lat, lon, beds and whom each takes, described in docs/RECEPTION.md) and ask whoever runs this service to plan with it, or run corridor on your own computer.',
    es: 'Este servicio (el tablero y su API) planea solo con este registro y no recibe archivos de sus lectores: para planear con sus propios albergues y camas, escríbalos en un registro (un CSV de sitios: nombre, ciudad, lat, lon, camas y a quién recibe cada uno, descrito en docs/RECEPTION.md) y pida a quien opera este servicio que planee con él, o ejecute corridor en su propia computadora.',
  },
};

export async function demoRegistry(conn: DuckDBConnection, own: OwnRegistry = 'command-line'): Promise<{ sites: Site[]; assumption: Assumption }> {
  const found = await rows<{ name: string; city: string; lat: number; lon: number; beds: number | null; source: string; vintage: number }>(
    conn,
    `SELECT p.label_es AS name, p.parent AS city, p.lat, p.lon, o.value AS beds, d.source_id AS source, o.vintage_id AS vintage
       FROM places p
       JOIN observations o ON o.geography = p.code AND o.measure = 'shelter-capacity'
       JOIN datasets d ON d.id = o.dataset_id
      WHERE p.level = 'shelter' AND o.vintage_id = (SELECT max(v.id) FROM vintages v WHERE v.source_id = d.source_id)
      ORDER BY p.code`,
  );
  const sites: Site[] = found
    .filter((r) => r.beds !== null && r.lat !== null)
    .map((r) => ({
      id: slug(r.name),
      name: r.name,
      city: r.city,
      lat: Number(r.lat),
      lon: Number(r.lon),
      beds: Number(r.beds),
      bedsByKind: {},
      takes: { men: true, women: true, families: true, minors: false },
      dif: false,
    }));
  const vintage = found[0] ? `${found[0].source} vintage ${found[0].vintage}` : 'mx-shelters (not loaded)';
  return {
    sites,
    assumption: {
      id: 'registry',
      basis: 'data',
      value: { source: vintage, sites: sites.length, beds: sites.reduce((a, s) => a + s.beds, 0), demo: true },
      text: {
        en: `DEMO REGISTRY, UNVERIFIED: the ${sites.length} "México te abraza" shelters in the store (${vintage}), a third-party replica of the government's dashboard; capacities look nominal (announced, not beds counted). Each is taken to house men, women and families in shared beds and no unaccompanied minors (none is a DIF facility). ${OWN_REGISTRY[own].en}`,
        es: `REGISTRO DE DEMOSTRACIÓN, NO VERIFICADO: los ${sites.length} albergues de "México te abraza" del almacén (${vintage.replace(' vintage ', ', versión ')}), réplica de un tercero del tablero del gobierno; las capacidades parecen nominales (anunciadas, no camas contadas). Se supone que cada uno aloja a hombres, mujeres y familias en camas compartidas y a ningún menor no acompañado (ninguno es del DIF). ${OWN_REGISTRY[own].es}`,
      },
    },
  };
}
