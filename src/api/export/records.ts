/**
 * @module
 * A series answer as flat records, one column per field and per key (its code and
 * its label): the shape of the CSV and Parquet downloads. The writer is shared with
 * the command line's CSV (src/format/series-table.ts).
 */
export { flatten, type FlatTable, type FlatValue } from '../../format/series-table.js';
