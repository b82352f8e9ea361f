import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../sources/registry.js';
import type { SourceAdapter } from '../sources/types.js';
import { findMirror, nothingLoadedNotice, originNotice, shownPath, thirdPartyCopies } from './mirror.js';

/** A project folder inside a temporary parent, with or without ../shared/data holding one source file. */
function layout(withMirror: boolean): { root: string; mirror: string } {
  const parent = mkdtempSync(join(tmpdir(), 'corridor-layout-'));
  const root = join(parent, 'project');
  mkdirSync(root);
  const mirror = join(parent, 'shared', 'data');
  if (withMirror) {
    const file = join(mirror, ADAPTERS[0].describe.files[0].mirrorPath);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'x');
  }
  return { root, mirror };
}

describe('findMirror', () => {
  it('prefers --from, then CORRIDOR_MIRROR, then ../shared/data beside the project, then downloads', () => {
    const { root, mirror } = layout(true);
    expect(findMirror(ADAPTERS, '/tmp/given', { CORRIDOR_MIRROR: '/tmp/env' }, root)).toEqual({ dir: '/tmp/given', how: 'from' });
    expect(findMirror(ADAPTERS, undefined, { CORRIDOR_MIRROR: '/tmp/env' }, root)).toEqual({ dir: '/tmp/env', how: 'env' });
    expect(findMirror(ADAPTERS, undefined, {}, root)).toEqual({ dir: mirror, how: 'beside' });
    expect(findMirror(ADAPTERS, undefined, {}, layout(false).root)).toEqual({ dir: null, how: 'none' });
  });

  it('does not take an empty ../shared/data (no file of any source) for a mirror', () => {
    const { root, mirror } = layout(false);
    mkdirSync(mirror, { recursive: true });
    expect(findMirror(ADAPTERS, undefined, {}, root).how).toBe('none');
  });
});

describe('what the first run says', () => {
  it('counts the downloads that come from third-party copies rather than the publisher', () => {
    const own: SourceAdapter = { describe: { id: 'a', title: { en: '', es: '' }, publisher: { en: 'P', es: 'P' }, landingPage: 'https://pub.example/data', licence: { en: '', es: '' }, coverage: { en: '', es: '' }, thirdParty: false, files: [{ id: 'f', mirrorPath: 'a/f.csv', url: 'https://pub.example/f.csv' }], datasets: [] }, parse: async () => [] };
    const copied: SourceAdapter = { ...own, describe: { ...own.describe, id: 'b', files: [{ id: 'g', mirrorPath: 'b/g.csv', url: 'https://raw.githubusercontent.com/someone/repo/main/g.csv' }] } };
    expect(thirdPartyCopies([own, copied])).toEqual({ files: 2, copies: 1 });
    const notice = originNotice({ dir: null, how: 'none' }, [own, copied], '.cache/downloads', '/tmp');
    expect(notice).toContain('downloading 2 files');
    expect(notice).toContain('1 of them come from third-party copies');
    expect(notice).toContain('Without a network');
    const aviso = originNotice({ dir: null, how: 'none' }, [own, copied], '.cache/downloads', '/tmp', 'es');
    expect(aviso).toContain('se descargan 2 archivos');
    expect(aviso).toContain('1 de ellos vienen de copias de terceros');
    expect(aviso).toContain('Sin red, las descargas fallan');
    expect(originNotice({ dir: '/tmp/data', how: 'env' }, [own], '.cache/downloads', '/tmp', 'es')).toBe('Se leen los datos del espejo data (CORRIDOR_MIRROR).');
  });

  it('gives the one command that fixes an empty store, in English and Spanish', () => {
    const text = nothingLoadedNotice();
    expect(text).toContain('No data could be loaded');
    expect(text).toContain('No se pudo cargar ningún dato');
    expect(text).toContain('npx corridor ingest --from <data folder>');
    // The language asked for first.
    expect(text.indexOf('No data could be loaded')).toBeLessThan(text.indexOf('No se pudo cargar'));
    const es = nothingLoadedNotice('es');
    expect(es.indexOf('No se pudo cargar')).toBeLessThan(es.indexOf('No data could be loaded'));
  });

  it('shows a mirror relative to the working folder, unless that climbs more than two levels', () => {
    expect(shownPath('/srv/shared/data', '/home/ana/clones/corridor')).toBe('/srv/shared/data');
    expect(shownPath('/srv/shared/data', '/srv/corridor')).toBe(join('..', 'shared', 'data'));
    expect(shownPath('/srv/corridor', '/srv/corridor')).toBe('.');
    expect(originNotice({ dir: '/srv/shared/data', how: 'env' }, [], '.cache/downloads', '/home/ana/clones/corridor')).toBe('Reading the data from the mirror /srv/shared/data (CORRIDOR_MIRROR).');
  });
});
