/**
 * What was wrong with text JSON.parse refused, in words that never quote the text: Node's own
 * message quotes a piece of it ("root:x:0:0"... is not valid JSON), and the file may be
 * anything a link or a typo points at.
 */
export function jsonFault(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON|data)|Unexpected end/i.test(message)) return 'JSON that ends too soon';
  const at = message.match(/position (\d+)/)?.[1];
  return at === undefined ? 'text that is not JSON' : `text that is not JSON from character ${Number(at) + 1}`;
}

/** The same fault in Spanish. */
export function jsonFaultEs(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON|data)|Unexpected end/i.test(message)) return 'un JSON que termina antes de tiempo';
  const at = message.match(/position (\d+)/)?.[1];
  return at === undefined ? 'texto que no es JSON' : `texto que no es JSON desde el carácter ${Number(at) + 1}`;
}
