/**
 * A registry site with no bed in the planned weeks, as a coordinator's registry may have one
 * (audit of 7 December 2026): a site with 0 beds (perhaps a count not yet known), or one closed
 * before the plan begins. Before, the plan listed it with 0 beds and said nothing; nobody was
 * sent there and no alert or assumption named it. Now an assumption names each such site.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { registerReception } from '../../src/cli/commands/reception.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-idle-sites-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const registry = file(
  'shelters.csv',
  [
    'name,city,lat,lon,beds,takes_men,takes_women,takes_families,takes_minors,dif,opens,closes',
    'Casa del Migrante,Tijuana,32.53,-117.03,0,sí,sí,sí,no,no,,',
    'Albergue Viejo,Tijuana,32.52,-117.02,80,sí,sí,sí,no,no,2026-01-01,2026-03-31',
    'Casa Abierta,Tijuana,32.52,-117.01,60,sí,sí,sí,no,no,,',
  ].join('\n'),
);
const arrivals = file('arrivals.csv', ['period,place,kind,people', '2026-06-01,Tijuana,men,70'].join('\n'));

describeMirror('a registry site with no bed in the planned weeks', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });
  const corridor = (...args: string[]) => runCommand(db, [registerReception], ...args);

  it('is named in the assumptions, in English and Spanish, and nobody is sent there', async () => {
    const p = JSON.parse(await corridor('reception', 'plan', '--registry', registry, '--scenario-file', arrivals, '--weeks', '2', '--format', 'json'));
    const idle = p.assumptions.find((a: { id: string }) => a.id === 'sites-without-beds');
    expect(idle).toBeDefined();
    expect(idle.basis).toBe('user');
    expect(idle.value).toEqual(['casa-del-migrante', 'albergue-viejo']);
    expect(idle.text.en).toBe('2 sites have no bed in the planned weeks (0 beds in the registry, or closed throughout), so nobody is sent there: Casa del Migrante (Tijuana); Albergue Viejo (Tijuana).');
    expect(idle.text.es).toBe('2 sitios no tienen camas en las semanas planeadas (0 camas en el registro, o cerrado todo ese tiempo), así que no se envía a nadie ahí: Casa del Migrante (Tijuana); Albergue Viejo (Tijuana).');
    expect(p.assignments.every((a: { site: string }) => a.site === 'casa-abierta')).toBe(true);
    const table = await corridor('reception', 'plan', '--registry', registry, '--scenario-file', arrivals, '--weeks', '2', '--lang', 'es');
    expect(table).toContain('- 2 sitios no tienen camas en las semanas planeadas');
  });
});
