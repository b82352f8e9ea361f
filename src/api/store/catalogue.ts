/**
 * @module
 * What the store holds, read once per state of the store: vintages, sources,
 * files, tables, measures and labels. Every handler reads it from here, so a
 * request costs no metadata query; the vintage list is read again at most once
 * per `ttlMs`, and everything else only when it has changed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { listFiles, listMeasures, listSources, type SourceSummary } from '../../store/catalog.js';
import { rows } from '../../store/open.js';
import type { StoredFile } from '../../store/file-provenance.js';
import { readLabels, type Labels } from './labels.js';
import { latestVintages, readVintages, versionOf, type VintageRow } from './vintages.js';

/** A file of a vintage as the store holds it (src/store/file-provenance.ts says it for an answer). */
export interface FileRow extends StoredFile {
  source_id: string;
  vintage_id: number;
  bytes: number;
}

export interface DatasetRow {
  id: string;
  source: string;
  title_en: string;
  title_es: string;
  measure: string;
  grain: string;
  rounding: number;
  notes_en: string | null;
  notes_es: string | null;
}

export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

export interface Catalogue {
  version: string;
  vintages: VintageRow[];
  latest: { source: string; vintage: number }[];
  sources: Map<string, SourceSummary>;
  filesByVintage: Map<number, FileRow[]>;
  datasets: Map<string, DatasetRow>;
  measures: Map<string, MeasureRow>;
  labels: Labels;
}

async function readCatalogue(conn: DuckDBConnection, vintages: VintageRow[]): Promise<Catalogue> {
  const files = await listFiles(conn);
  const filesByVintage = new Map<number, FileRow[]>();
  for (const f of files) filesByVintage.set(f.vintage_id, [...(filesByVintage.get(f.vintage_id) ?? []), f]);
  const datasets = await rows<DatasetRow>(
    conn,
    'SELECT id, source_id AS source, title_en, title_es, measure, grain, rounding, notes_en, notes_es FROM datasets ORDER BY id',
  );
  return {
    version: versionOf(vintages),
    vintages,
    latest: latestVintages(vintages),
    sources: new Map((await listSources(conn)).map((s) => [s.id, s])),
    filesByVintage,
    datasets: new Map(datasets.map((d) => [d.id, d])),
    measures: new Map((await listMeasures(conn)).map((m) => [m.id, m])),
    labels: await readLabels(conn),
  };
}

/** Returns the catalogue of the store as it is now (its vintage list at most `ttlMs` old). */
export function catalogueReader(conn: DuckDBConnection, ttlMs: number): () => Promise<Catalogue> {
  let current: Catalogue | undefined;
  let checkedAt = 0;
  let checking: Promise<Catalogue> | undefined;
  return async () => {
    if (current && Date.now() - checkedAt < ttlMs) return current;
    checking ??= (async () => {
      try {
        const vintages = await readVintages(conn);
        if (!current || current.version !== versionOf(vintages)) current = await readCatalogue(conn, vintages);
        checkedAt = Date.now();
        return current;
      } finally {
        checking = undefined;
      }
    })();
    return checking;
  };
}
