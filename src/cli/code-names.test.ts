import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeMirror } from '../../test/mirror.js';
import { storeFromMirror } from '../../test/e2e/store-from-mirror.js';
import { rows, type Store } from '../store/open.js';
import { codeNamer } from './code-names.js';
import { corridorWords } from './corridor-words.js';

it('says the corridor view\'s legend and what is missing in Spanish with --lang es', () => {
  const es = corridorWords('es');
  expect(es.source).toBe('fuente');
  expect(es.stage('us-border')).toBe('En la frontera de EE. UU.');
  expect(es.partial).toMatch(/^\* = el periodo no está completo/);
  expect(es.noFigures('HND')).toBe('Sin cifras para HND');
  expect(es.missing('no table can answer (x: has no citizenship HND)')).toBe('ninguna tabla puede responder (motivo de cada tabla, en inglés: x: has no citizenship HND)');
  expect(corridorWords('en').missing('no figures in this period')).toBe('no figures in this period');
});

describeMirror('names beside codes, and the grains of a measure', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());

  it('prints a code with the store\'s name for it, in the language asked for', async () => {
    const [chiapas] = await rows<{ label_en: string; label_es: string }>(store.conn, "SELECT label_en, label_es FROM places WHERE code = 'MX-07'");
    const [hnd] = await rows<{ label_es: string }>(store.conn, "SELECT label_es FROM countries WHERE code = 'HND'");
    const en = await codeNamer(store.conn, ['geography', 'citizenship'], 'en');
    const es = await codeNamer(store.conn, ['geography', 'citizenship'], 'es');
    expect(en('geography', 'MX-07')).toBe(`MX-07 ${chiapas.label_en}`);
    expect(en('geography', 'MX-07')).toBe('MX-07 Chiapas');
    expect(es('citizenship', 'HND')).toBe(`HND ${hnd.label_es}`);
    expect(en('geography', 'NOT-A-PLACE')).toBe('NOT-A-PLACE');
  });

  it('reads only the labels of the codes shown, and names them as a full read does', async () => {
    const shown = { geography: ['MX-07', 'US-SWB', 'NOT-A-PLACE'], citizenship: ['HND'] } as Record<string, string[]>;
    const some = await codeNamer(store.conn, ['geography', 'citizenship'], 'es', (d) => shown[d] ?? []);
    const all = await codeNamer(store.conn, ['geography', 'citizenship'], 'es');
    for (const code of shown.geography) expect(some('geography', code)).toBe(all('geography', code));
    expect(some('citizenship', 'HND')).toBe(all('citizenship', 'HND'));
    expect(some('citizenship', 'HND')).not.toBe('HND');
    // A code that was not listed is printed alone: its label was never read.
    expect(some('citizenship', 'GTM')).toBe('GTM');
  });
});
