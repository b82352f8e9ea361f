import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDelimitedLine } from './delimited-line.js';

describe('splitDelimitedLine', () => {
  it('reads quoted, doubled-quote, empty and unquoted cells', () => {
    expect(splitDelimitedLine('"a"|b||"c""d"|""', '|')).toEqual(['a', 'b', null, 'c"d', '']);
    expect(splitDelimitedLine('', '|')).toEqual([null]);
    expect(splitDelimitedLine('|||', '|')).toEqual([null, null, null, null]);
    expect(splitDelimitedLine('"a|b"|c', '|')).toEqual(['a|b', 'c']);
    expect(splitDelimitedLine('"open|x', '|')).toEqual(['open|x']);
  });

  it('agrees with DuckDB read_csv on the lines of an ERO-LESA preamble and header', async () => {
    const lines = [
      '"ERO-LESA Statistical Tracking Unit"|||||||||',
      '"ICE Removals for FY2019 (10/1/2018 - 8/31/2019)"|||||||||',
      '|||||||||',
      '"Area of Responsibility"|"Apprehension Date"|"Processing ""Disposition"" Code"|"Birth Date"|"Citizenship"|"Gender"|"RC Threat Level"|"Final Charge Section"|"Departed Date"|"Removal Date"',
      '"Miami Area of Responsibility"|9/17/2018|"REINST"|"(B)(6);(B)(7)(C) "|"HONDURAS"|"Male"|"NA"|"212a6Ai"||10/1/2018',
    ];
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-split-')), 'lines.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const columns = Array.from({ length: 10 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
    const reader = await conn.runAndReadAll(`SELECT * FROM read_csv('${path}', header = false, auto_detect = false, columns = {${columns}}, delim = '|', quote = '"', escape = '"', null_padding = true, strict_mode = false)`);
    const duck = reader.getRows().map((r) => r.map((v) => (v === null ? null : String(v))));
    conn.closeSync();
    expect(lines.map((l) => splitDelimitedLine(l, '|'))).toEqual(duck);
  });
});
