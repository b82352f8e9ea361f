/**
 * @module
 * Node answers a request it cannot parse (a malformed request line, headers over its size
 * limit) itself, before the app sees it, with a bare 400 or 431. This gives those answers the
 * same security headers and the same JSON error body as every other answer.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './middleware/security-headers.js';

const ANSWERS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'the request headers are larger than this server takes: send fewer or shorter headers'],
  HPE_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request took too long to arrive'],
};
const MALFORMED: [number, string, string] = [400, 'Bad Request', 'the request is not valid HTTP/1.1'];

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, detail] = ANSWERS[err.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ error: reason.toLowerCase(), detail });
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      Connection: 'close',
      ...SECURITY_HEADERS,
    };
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${body}`);
  });
}
