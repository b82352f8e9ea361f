/**
 * The store's tables. One long fact table of observations; dimensions with English
 * and Spanish labels; provenance of every file, vintage and check. See docs/DATA-MODEL.md.
 */
export const SCHEMA_VERSION = '2';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS sources (
  id VARCHAR PRIMARY KEY, title_en VARCHAR, title_es VARCHAR, publisher VARCHAR,
  landing_page VARCHAR, licence VARCHAR, coverage VARCHAR, third_party BOOLEAN, provisional BOOLEAN);

CREATE TABLE IF NOT EXISTS vintages (
  id INTEGER PRIMARY KEY, source_id VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
  loaded_at TIMESTAMP NOT NULL, origin VARCHAR NOT NULL, observations BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS files (
  vintage_id INTEGER NOT NULL, file_id VARCHAR NOT NULL, name VARCHAR NOT NULL, url VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL, bytes BIGINT NOT NULL, PRIMARY KEY (vintage_id, file_id));

CREATE TABLE IF NOT EXISTS datasets (
  id VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, title_en VARCHAR, title_es VARCHAR,
  measure VARCHAR NOT NULL, grain VARCHAR NOT NULL, complete VARCHAR[] NOT NULL, rounding INTEGER NOT NULL,
  notes_en VARCHAR, notes_es VARCHAR, partial_periods VARCHAR[] NOT NULL);

-- Distinct values of each dimension in each dataset and vintage: what the query planner reads.
CREATE TABLE IF NOT EXISTS dataset_members (
  vintage_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, dimension VARCHAR NOT NULL, value VARCHAR NOT NULL,
  first_period DATE, last_period DATE);

-- The periods each dataset reports in each vintage ('YYYY-MM-DD', ascending), whatever its cells:
-- written by the ingest with the vintage, so that a server reads them in one statement instead of
-- scanning the observations (stores written before it are filled in when next written, open.ts).
CREATE TABLE IF NOT EXISTS dataset_periods (
  vintage_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, periods VARCHAR[] NOT NULL);

CREATE TABLE IF NOT EXISTS observations (
  vintage_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, measure VARCHAR NOT NULL,
  period DATE NOT NULL, grain VARCHAR NOT NULL,
  geography VARCHAR NOT NULL, citizenship VARCHAR NOT NULL, demographic VARCHAR NOT NULL,
  authority VARCHAR NOT NULL, component VARCHAR NOT NULL, category VARCHAR NOT NULL,
  value DOUBLE);

CREATE TABLE IF NOT EXISTS measures (
  id VARCHAR PRIMARY KEY, label_en VARCHAR, label_es VARCHAR, definition_en VARCHAR, definition_es VARCHAR, unit VARCHAR,
  stock BOOLEAN NOT NULL);

-- Places defined in code have no source_id; places defined by a source's data
-- (municipalities, shelters) carry it and are replaced when that source is loaded again.
CREATE TABLE IF NOT EXISTS places (
  code VARCHAR PRIMARY KEY, level VARCHAR, label_en VARCHAR, label_es VARCHAR, parent VARCHAR, lat DOUBLE, lon DOUBLE,
  source_id VARCHAR);

CREATE TABLE IF NOT EXISTS place_parents (code VARCHAR NOT NULL, parent VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS place_ancestors (code VARCHAR NOT NULL, ancestor VARCHAR NOT NULL);

-- Links that are not parent and child: a US sector 'faces' a Mexican state; a border city is an INEGI locality.
CREATE TABLE IF NOT EXISTS place_links (code VARCHAR NOT NULL, linked VARCHAR NOT NULL, relation VARCHAR NOT NULL);

-- Boundaries for maps (GeoJSON geometry), from a source.
CREATE TABLE IF NOT EXISTS place_shapes (code VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, geometry JSON NOT NULL);

CREATE TABLE IF NOT EXISTS countries (code VARCHAR PRIMARY KEY, label_en VARCHAR, label_es VARCHAR, is_group BOOLEAN);

-- demographic, authority, component and category members.
CREATE TABLE IF NOT EXISTS members (
  dimension VARCHAR NOT NULL, code VARCHAR NOT NULL, label_en VARCHAR, label_es VARCHAR,
  definition_en VARCHAR, definition_es VARCHAR, PRIMARY KEY (dimension, code));

-- Words people use for a measure or a code, beside its labels (src/store/dimensions/terms.ts).
CREATE TABLE IF NOT EXISTS terms (dimension VARCHAR NOT NULL, code VARCHAR NOT NULL, lang VARCHAR NOT NULL, term VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS checks (
  run_at TIMESTAMP NOT NULL, check_id VARCHAR NOT NULL, title VARCHAR NOT NULL, status VARCHAR NOT NULL,
  detail JSON);

-- Spanish beside the English of a source's publisher, licence and coverage, and of a check's
-- title (added to stores made before them; readers fall back to the English where NULL).
ALTER TABLE sources ADD COLUMN IF NOT EXISTS publisher_es VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS licence_es VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS coverage_es VARCHAR;
ALTER TABLE checks ADD COLUMN IF NOT EXISTS title_es VARCHAR;

-- A file read from the mirror as its conversion of what the URL serves (an R data file as CSV):
-- name, sha256 and bytes are the conversion's, original_* the file's at url (sha256 and bytes
-- when the mirror holds it too); NULL for a file read as the URL serves it.
ALTER TABLE files ADD COLUMN IF NOT EXISTS original_name VARCHAR;
ALTER TABLE files ADD COLUMN IF NOT EXISTS original_sha256 VARCHAR;
ALTER TABLE files ADD COLUMN IF NOT EXISTS original_bytes BIGINT;

-- The reader fingerprint of the corridor that read the vintage's files (sha256 of the source's
-- reader code, src/sources/reader-fingerprint.ts): the ingest reads unchanged files again into a
-- new vintage when corridor's reader of the source differs. NULL: read by a corridor that did not
-- record it (a store made before it, to which the column is added), or a source without reader code.
ALTER TABLE vintages ADD COLUMN IF NOT EXISTS reader VARCHAR;
`;
