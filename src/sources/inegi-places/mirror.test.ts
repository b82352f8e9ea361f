/**
 * The real files: INEGI's national total and the border cities' Census 2020 figures,
 * each computed again here with plain DuckDB SQL on the same files.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openScratch } from '../../ingest/scratch.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseAllWith } from '../../../test/parse-context.js';
import type { ParsedSource } from '../types.js';
import adapter from './index.js';
import { DS, LOCALITIES_FILE, MUNICIPALITIES_FILE } from './describe.js';

describeMirror('inegi-places on the mirror files', () => {
  let parsed: ParsedSource;
  let sqlValue: (query: string) => Promise<number>;
  let close: () => void;
  beforeAll(async () => {
    parsed = await parseAllWith(adapter, { municipalities: mirrorPath(MUNICIPALITIES_FILE.mirrorPath), localities: mirrorPath(LOCALITIES_FILE.mirrorPath) });
    const scratch = await openScratch();
    close = scratch.close;
    const from = (f: { mirrorPath: string }) => `read_csv('${mirrorPath(f.mirrorPath)}', all_varchar = true)`;
    sqlValue = async (query) => {
      const q = query.replace('$MUN', from(MUNICIPALITIES_FILE)).replace('$LOC', from(LOCALITIES_FILE));
      return Number((await scratch.scratch.runAndReadAll(q)).getRows()[0][0]);
    };
  });
  afterAll(() => close?.());
  const value = (geography: string, demographic = 'ALL') => parsed.observations.find((o) => o.geography === geography && o.demographic === demographic)?.value;
  const municipal = () => parsed.observations.filter((o) => o.dataset === DS.municipalities);

  it('defines 2,478 municipalities and 10,635 localities; 2,065 municipalities get their seat\'s coordinates', async () => {
    const places = parsed.places ?? [];
    expect(places.filter((p) => p.level === 'municipality')).toHaveLength(2_478);
    expect(places.filter((p) => p.level === 'locality')).toHaveLength(10_635);
    expect(places.filter((p) => p.level === 'municipality' && p.lat !== undefined)).toHaveLength(2_065);
    expect(await sqlValue('SELECT count(*) FROM $MUN m JOIN $LOC l ON l.cvegeo = m.cve_completa || m.cve_cabecera')).toBe(2_065);
  });

  it('municipal population adds up to 126,014,024, INEGI\'s national total, and men plus women to the same', async () => {
    const sum = (demographic: string) => municipal().filter((o) => o.demographic === demographic).reduce((s, o) => s + (o.value ?? 0), 0);
    expect(sum('ALL')).toBe(126_014_024);
    expect(sum('MALE') + sum('FEMALE')).toBe(126_014_024);
    expect(await sqlValue('SELECT sum(poblacion_total::BIGINT) FROM $MUN')).toBe(126_014_024);
  });

  it('Tijuana (locality) 1,810,645 at 32.532, -117.019', async () => {
    expect(value('MX-020040001')).toBe(1_810_645);
    const tijuana = parsed.places?.find((p) => p.code === 'MX-020040001');
    expect([tijuana?.lat?.toFixed(3), tijuana?.lon?.toFixed(3)]).toEqual(['32.532', '-117.019']);
    expect(await sqlValue("SELECT poblacion_total FROM $LOC WHERE nom_localidad = 'Tijuana' AND cve_entidad = '02'")).toBe(1_810_645);
  });

  it('Juárez municipality (Chihuahua) 1,512,450; its city 1,501,551', async () => {
    expect(value('MX-08037')).toBe(1_512_450);
    expect(await sqlValue("SELECT poblacion_total FROM $MUN WHERE nom_municipio = 'Juárez' AND nom_entidad = 'Chihuahua'")).toBe(1_512_450);
    expect(value('MX-080370001')).toBe(1_501_551);
  });

  it('border cities (localities): Reynosa 691,557; Heroica Matamoros 510,739; Nuevo Laredo 416,055; Heroica Nogales 261,137; Piedras Negras 173,959', async () => {
    const cities: [string, string, string, number][] = [
      ['MX-280320001', 'Reynosa', '28', 691_557],
      ['MX-280220001', 'Heroica Matamoros', '28', 510_739],
      ['MX-280270001', 'Nuevo Laredo', '28', 416_055],
      ['MX-260430001', 'Heroica Nogales', '26', 261_137],
      ['MX-050250001', 'Piedras Negras', '05', 173_959],
    ];
    for (const [code, name, state, people] of cities) {
      expect(value(code)).toBe(people);
      expect(await sqlValue(`SELECT poblacion_total FROM $LOC WHERE nom_localidad = '${name}' AND cve_entidad = '${state}'`)).toBe(people);
    }
  });

  it('the same cities\' municipalities are larger: Reynosa 704,767; Matamoros 541,979; Nuevo Laredo 425,058; Nogales 264,782; Piedras Negras 176,327', async () => {
    const municipalities: [string, number][] = [['28032', 704_767], ['28022', 541_979], ['28027', 425_058], ['26043', 264_782], ['05025', 176_327]];
    for (const [code, people] of municipalities) {
      expect(value(`MX-${code}`)).toBe(people);
      expect(await sqlValue(`SELECT poblacion_total FROM $MUN WHERE cve_completa = '${code}'`)).toBe(people);
    }
  });

  it('gives no figure for exactly the nine municipalities created after the census, and keeps them as places', async () => {
    const withFigure = new Set(municipal().map((o) => o.geography));
    const nulls = (parsed.places ?? []).filter((p) => p.level === 'municipality' && !withFigure.has(p.code)).map((p) => p.code).sort();
    expect(municipal()).toHaveLength((2_478 - 9) * 3);
    expect(municipal().some((o) => o.value === null)).toBe(false);
    expect(nulls).toEqual(['MX-02007', 'MX-04013', 'MX-12082', 'MX-12083', 'MX-12084', 'MX-12085', 'MX-24059', 'MX-25019', 'MX-25020']);
    expect(await sqlValue("SELECT count(*) FROM $MUN WHERE poblacion_total = '0' AND viviendas_habitadas = '0'")).toBe(9);
    expect(municipal().some((o) => o.value === 0)).toBe(false);
  });

  it('stores null sex for the 22 localities where the file gives 0 men and 0 women', async () => {
    const nullMale = parsed.observations.filter((o) => o.dataset === DS.localities && o.demographic === 'MALE' && o.value === null);
    expect(nullMale).toHaveLength(22);
    expect(await sqlValue("SELECT count(*) FROM $LOC WHERE poblacion_masculina = '0' AND poblacion_femenina = '0'")).toBe(22);
  });
});
