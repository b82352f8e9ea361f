/** Provenance of a stored file: a file read as published, and a mirror's conversion of what its URL serves. */
import { describe, expect, it } from 'vitest';
import { fileProvenance } from './file-provenance.js';

const base = { file_id: 'usa', name: 'irreg_usa__derived.csv', url: 'https://example.org/irreg_usa.rda', sha256: 'c'.repeat(64), bytes: 900n };

describe('fileProvenance', () => {
  it('a file read as published: its own name, sha256 and size, no read_as (older stores lack original_*)', () => {
    expect(fileProvenance({ ...base, name: 'a.csv', url: 'https://example.org/a.csv' })).toEqual({ file_id: 'usa', name: 'a.csv', url: 'https://example.org/a.csv', sha256: 'c'.repeat(64), bytes: 900 });
    expect(fileProvenance({ ...base, original_name: null, original_sha256: null, original_bytes: null }).read_as).toBeUndefined();
  });
  it("a conversion whose original the mirror holds: the original's sha256 beside the URL, the conversion under read_as", () => {
    expect(fileProvenance({ ...base, original_name: 'irreg_usa.rda', original_sha256: 'a'.repeat(64), original_bytes: 61704n })).toEqual({
      file_id: 'usa',
      name: 'irreg_usa.rda',
      url: base.url,
      sha256: 'a'.repeat(64),
      bytes: 61704,
      read_as: { name: 'irreg_usa__derived.csv', sha256: 'c'.repeat(64), bytes: 900 },
    });
  });
  it("a conversion whose original the mirror lacks: the original's sha256 and size unknown (null), never the conversion's", () => {
    const p = fileProvenance({ ...base, original_name: 'population.rda', original_sha256: null, original_bytes: null });
    expect(p).toMatchObject({ name: 'population.rda', sha256: null, bytes: null, read_as: { sha256: 'c'.repeat(64) } });
  });
});
