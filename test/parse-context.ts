/**
 * Builds a ParseContext for an adapter from local paths, as the ingest step would.
 */
import { localFile } from '../src/ingest/local-file.js';
import { openScratch } from '../src/ingest/scratch.js';
import { asParsed, type Observation, type ParseContext, type ParsedSource, type SourceAdapter } from '../src/sources/types.js';

export async function contextFor(paths: Record<string, string>): Promise<ParseContext & { close: () => void }> {
  const { scratch, close } = await openScratch();
  const files: ParseContext['files'] = {};
  for (const [id, path] of Object.entries(paths)) files[id] = await localFile(id, path);
  return { files, scratch, close };
}

/** Parses with an adapter given file id → path (a fixture or a mirror file). */
export async function parseWith(adapter: SourceAdapter, paths: Record<string, string>): Promise<Observation[]> {
  const ctx = await contextFor(paths);
  try {
    return asParsed(await adapter.parse(ctx)).observations;
  } finally {
    ctx.close();
  }
}

/** Parses and returns everything: observations, data-defined places and shapes. */
export async function parseAllWith(adapter: SourceAdapter, paths: Record<string, string>): Promise<ParsedSource> {
  const ctx = await contextFor(paths);
  try {
    return asParsed(await adapter.parse(ctx));
  } finally {
    ctx.close();
  }
}
