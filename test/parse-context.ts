/**
 * Builds a ParseContext for an adapter from local paths, as the ingest step would.
 */
import { localFile } from '../src/ingest/local-file.js';
import { cellObservations } from '../src/ingest/cell-table.js';
import { openScratch } from '../src/ingest/scratch.js';
import { asParsed, type Observation, type ParseContext, type ParsedSource, type SourceAdapter } from '../src/sources/types.js';

export async function contextFor(paths: Record<string, string>): Promise<ParseContext & { close: () => void }> {
  const { scratch, close } = await openScratch();
  const files: ParseContext['files'] = {};
  for (const [id, path] of Object.entries(paths)) files[id] = await localFile(id, path);
  return { files, scratch, close };
}

/** Parses with an adapter given file id → path (a fixture or a mirror file); cells made in DuckDB come as observations too. */
export async function parseWith(adapter: SourceAdapter, paths: Record<string, string>): Promise<Observation[]> {
  return (await parseAllWith(adapter, paths)).observations;
}

/** Parses and returns everything: observations (with those of a cell table), data-defined places and shapes. */
export async function parseAllWith(adapter: SourceAdapter, paths: Record<string, string>): Promise<ParsedSource> {
  const ctx = await contextFor(paths);
  try {
    const parsed = asParsed(await adapter.parse(ctx));
    if (!parsed.cells) return parsed;
    const { cells, ...rest } = parsed;
    return { ...rest, observations: [...(await cellObservations(ctx.scratch, cells.table)), ...parsed.observations] };
  } finally {
    ctx.close();
  }
}
