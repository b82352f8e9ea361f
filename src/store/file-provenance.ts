/**
 * A file of a vintage as provenance says it, so that each address comes with the sha256 of
 * what it serves. A file read as published: its name, URL, sha256 and size. A file read as
 * the mirror's conversion of what its URL serves (IOM's and UNHCR's R data files as CSV, the
 * White House's HTML table as CSV): the file at the URL (its name, and its sha256 and size
 * when the mirror holds it too, else null: not known), and under `read_as` the conversion
 * corridor read (its name, sha256 and size). Never the conversion's sha256 beside the
 * original's address.
 */

/** A row of the store's `files` table (original_* only on stores written since they exist). */
export interface StoredFile {
  file_id: string;
  name: string;
  url: string;
  sha256: string;
  bytes: number | bigint;
  original_name?: string | null;
  original_sha256?: string | null;
  original_bytes?: number | bigint | null;
}

export interface FileProvenance {
  file_id: string;
  /** The file at `url`. */
  name: string;
  url: string;
  /** sha256 and size of the file at `url`; null when not known (the mirror holds only its conversion). */
  sha256: string | null;
  bytes: number | null;
  /** What corridor read, when that is the mirror's conversion of the file at `url`. */
  read_as?: { name: string; sha256: string; bytes: number };
}

export function fileProvenance(f: StoredFile): FileProvenance {
  if (!f.original_name) return { file_id: f.file_id, name: f.name, url: f.url, sha256: f.sha256, bytes: Number(f.bytes) };
  return {
    file_id: f.file_id,
    name: f.original_name,
    url: f.url,
    sha256: f.original_sha256 ?? null,
    bytes: f.original_bytes === null || f.original_bytes === undefined ? null : Number(f.original_bytes),
    read_as: { name: f.name, sha256: f.sha256, bytes: Number(f.bytes) },
  };
}
