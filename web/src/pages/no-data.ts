/**
 * What the dashboard shows when the store holds no data at all (the first run could
 * load nothing: no mirror and no network): what happened and the one command that
 * fixes it, in the reader's language, instead of every chart failing on its own.
 */
import { api } from '../api';
import { el } from '../dom';
import { rememberSources } from '../source-age';
import type { Lang } from '../types';

const WORDS = {
  en: {
    title: 'No data loaded yet',
    lead: 'The store behind this dashboard is empty: the first run could not load any source (no copy of the data mirror was found, and the publishers\' files could not be downloaded).',
    fix: 'Load the data from a copy of the data mirror (a folder laid out as shared/data, with us/MANIFEST.md), then start corridor again:',
    command: 'npx corridor ingest --from <data folder>',
    network: 'With a network connection, "npx corridor ingest" downloads the files instead (five sources are read from a mirror only). The README\'s "Two commands" section says more.',
  },
  es: {
    title: 'Aún no hay datos cargados',
    lead: 'El almacén de este tablero está vacío: la primera ejecución no pudo cargar ninguna fuente (no se encontró una copia del espejo de datos y no se pudieron descargar los archivos de los editores).',
    fix: 'Cargue los datos desde una copia del espejo de datos (una carpeta como shared/data, con us/MANIFEST.md) y vuelva a iniciar corridor:',
    command: 'npx corridor ingest --from <carpeta de datos>',
    network: 'Con conexión a la red, "npx corridor ingest" descarga los archivos (cinco fuentes solo se leen de un espejo). La sección "Two commands" del README explica más.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** True when the store holds at least one source (and remembers how old each one's data is, source-age.ts). */
export async function storeHasData(): Promise<boolean> {
  const list = await api.sources();
  rememberSources(list);
  return list.length > 0;
}

export function drawNoData(root: HTMLElement, lang: Lang): void {
  const w = WORDS[lang];
  root.append(
    el(
      'div',
      { class: 'no-data', 'data-no-data': '' },
      el('h2', {}, w.title),
      el('p', { class: 'lead' }, w.lead),
      el('p', {}, w.fix),
      el('pre', {}, el('code', {}, w.command)),
      el('p', { class: 'note' }, w.network),
    ),
  );
}
