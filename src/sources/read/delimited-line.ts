/**
 * The cells of one line of delimited text, read as DuckDB's CSV reader reads them with
 * `quote = '"', escape = '"'`: a cell that starts with a quote runs to the closing quote,
 * a doubled quote inside it is one quote; an empty unquoted cell is null. For the few
 * lines an adapter checks itself (a preamble, a title) before handing a file to DuckDB.
 */
export function splitDelimitedLine(line: string, delimiter: string, quote = '"'): (string | null)[] {
  const cells: (string | null)[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    let quoted = false;
    if (line.startsWith(quote, i)) {
      quoted = true;
      i += quote.length;
      for (;;) {
        const close = line.indexOf(quote, i);
        if (close < 0) {
          // An unterminated quote runs to the end of the line.
          cell += line.slice(i);
          i = line.length;
          break;
        }
        cell += line.slice(i, close);
        i = close + quote.length;
        if (!line.startsWith(quote, i)) break;
        cell += quote;
        i += quote.length;
      }
    }
    const next = line.indexOf(delimiter, i);
    const end = next < 0 ? line.length : next;
    cell += line.slice(i, end);
    cells.push(cell === '' && !quoted ? null : cell);
    if (next < 0) return cells;
    i = next + delimiter.length;
  }
}
