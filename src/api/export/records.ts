/**
 * @module
 * A series answer as flat records, one column per field and per key (its code and
 * its label): the shape of the CSV and Parquet downloads. The writer is shared with
 * the command line's CSV (src/analysis/export/series-table.ts).
 */
export { flatten, type FlatTable, type FlatValue } from '../../analysis/export/series-table.js';
