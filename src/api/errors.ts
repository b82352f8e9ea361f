/**
 * @module
 * Every error the API sends is JSON `{ error, detail }` (with `facts` beside them when a
 * UsageError carries its facts, as a refusal of /api/reception's weeks does): 400 for a request the store
 * cannot answer as asked (UsageError, failed validation, a result over the size
 * limit), 404 for an unknown measure, source, dimension or route, and 500 only for
 * a fault of the server, whose details go to the log, not to the client.
 */
import type { Hook } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { UsageError, type UsageFacts } from '../errors.js';
import type { ApiEnv } from './env.js';
import { issueWithFound } from '../lib/zod-es.js';
import { closest } from '../store/query/closest.js';

export interface ErrorBody {
  error: string;
  detail: string;
  /** The refusal's facts, for a client that words it itself (UsageError.facts). */
  facts?: UsageFacts;
}

/** Something the request names that the store does not have. */
export class NotFoundError extends Error {
  constructor(
    message: string,
    /** The same message in Spanish, for a request with lang=es. */
    readonly es?: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** An answer with more rows than the server sends at once. */
export class ResultTooLargeError extends Error {
  readonly es: string;
  constructor(readonly rows: number, readonly limit: number) {
    super(
      `this request answers with ${rows.toLocaleString('en-US')} rows; the limit is ${limit.toLocaleString('en-US')}: narrow it with from/to, fewer filter values, fewer "by" dimensions or a coarser grain`,
    );
    this.name = 'ResultTooLargeError';
    this.es = `esta solicitud responde con ${rows.toLocaleString('es-MX')} filas; el límite es ${limit.toLocaleString('es-MX')}: acótela con from/to, menos valores de filtro, menos dimensiones en "by" o una granularidad más gruesa`;
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, error: string, detail: string, facts?: UsageFacts): Response {
  c.header('Cache-Control', 'no-store');
  return c.json((facts ? { error, detail, facts } : { error, detail }) satisfies ErrorBody, status);
}

/** The store's messages point at commands ("corridor dimensions geography"); the API's point at its routes. */
export function apiHints(message: string): string {
  return message
    .replace(/"corridor dimensions (\w+)"/g, '/api/dimensions/$1')
    .replace(/"corridor measures"/g, '/api/measures')
    .replace(/"corridor sources"/g, '/api/sources');
}

/** A request asked in Spanish (lang=es) gets its error's detail in Spanish. */
const inSpanish = (c: Context) => c.req.query('lang') === 'es';

/**
 * The detail in the request's language: a message with its Spanish text gives it; one
 * written only in English is marked as such, as the command line does (src/cli/lang.ts).
 * `error` stays an English category a client can test.
 */
function detailOf(c: Context, message: string, es?: string): string {
  if (!inSpanish(c)) return message;
  return es ?? `(mensaje en inglés) ${message}`;
}

export function errorHandler(logError: (e: unknown) => void): ErrorHandler<ApiEnv> {
  return (err, c) => {
    if (err instanceof UsageError) return errorResponse(c, 400, 'bad request', detailOf(c, apiHints(err.message), err.es && apiHints(err.es)), err.facts);
    if (err instanceof ResultTooLargeError) return errorResponse(c, 400, 'result too large', detailOf(c, err.message, err.es));
    if (err instanceof NotFoundError) return errorResponse(c, 404, 'not found', detailOf(c, err.message, err.es));
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return errorResponse(c, status, status >= 500 ? 'server error' : 'bad request', detailOf(c, err.message || 'the request was refused', err.message ? undefined : 'la solicitud fue rechazada'));
    }
    logError(err);
    return errorResponse(c, 500, 'server error', detailOf(c, 'the server failed to answer; the fault is logged on the server', 'el servidor no pudo responder; la falla quedó registrada en el servidor'));
  };
}

export const notFound: NotFoundHandler<ApiEnv> = (c) =>
  errorResponse(c, 404, 'not found', detailOf(c, `no route ${c.req.path}: see /api/docs or /api/openapi.json`, `no hay ruta ${c.req.path}: vea /api/docs o /api/openapi.json`));

/**
 * The raw value a request gave for a parameter: what the validator read (query parameters,
 * one value or a list when repeated; path segments), walked along an issue's path. A
 * parameter given once is one value though its check reads a list (`where.0` is `where`).
 */
function receivedAt(data: unknown, path: readonly PropertyKey[]): { value: unknown } | undefined {
  let v: unknown = data;
  for (const k of path) {
    if (v === undefined) return { value: undefined };
    if (Array.isArray(v) || (v !== null && typeof v === 'object')) v = (v as Record<PropertyKey, unknown>)[k];
    else if (k === 0 && typeof v === 'string') continue;
    else return undefined;
  }
  return { value: v };
}

/** What the validator read from the request for a target, as it reads it (hono/validator). */
function rawInput(c: Context, target: string): unknown {
  if (target === 'query') return Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  if (target === 'param') return c.req.param();
  return undefined;
}

/** The OpenAPI document's paths, as far as the hook reads them: each route's query parameters. */
interface ParameterDocs {
  paths?: Record<string, { get?: { parameters?: unknown[] } } | undefined>;
}
let parameterDocs: (() => ParameterDocs) | undefined;

/** Where the hook finds each route's parameters (the OpenAPI document, made once when first needed; routes/docs.ts). */
export function useParameterDocs(get: () => ParameterDocs): void {
  parameterDocs = get;
}

/**
 * An unknown parameter, said with the ones the route takes and the nearest of them: before,
 * "?lever=" read only 'request: Unrecognized key: "lever"'.
 */
function unknownParameters(c: Context, keys: string[], es: boolean): string {
  const path = c.req.routePath.replace(/:(\w+)/g, '{$1}');
  const params = (parameterDocs?.().paths?.[path]?.get?.parameters ?? []) as { name?: string; in?: string }[];
  const takes = params.filter((p) => p.in === 'query' && typeof p.name === 'string').map((p) => p.name as string);
  const listed = keys.map((k) => `"${k}"`).join(', ');
  if (!takes.length) return es ? `parámetro desconocido: ${listed}` : `unknown parameter: ${listed}`;
  const near = [...new Set(keys.flatMap((k) => closest(k, takes, 1)))];
  const meant = near.length ? (es ? `; ¿quiso decir ${near.map((n) => `"${n}"`).join(' o ')}?` : `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`) : '';
  return es
    ? `parámetro desconocido: ${listed} (esta ruta acepta ${takes.join(', ')}${meant})`
    : `unknown parameter: ${listed} (this route takes ${takes.join(', ')}${meant})`;
}

/**
 * Turns a failed zod validation into a 400 that names each bad parameter, what it takes and
 * what was found (the value received, quoted, or that it is missing), in the request's
 * language; 404 for a bad path segment.
 */
export const validationHook: Hook<unknown, ApiEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const es = inSpanish(c);
  // The validator hands the hook the input it checked; read from the request if it did not.
  const data = 'data' in result && result.data !== undefined ? result.data : rawInput(c, result.target);
  const issues = result.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys' && result.target === 'query') return unknownParameters(c, i.keys, es);
    const where = i.path.length ? i.path.join('.') : es ? 'solicitud' : 'request';
    const received = data === undefined || i.path.length === 0 ? undefined : receivedAt(data, i.path);
    return `${where}: ${issueWithFound(i, received, es ? 'es' : 'en')}`;
  });
  if (result.target === 'param') return errorResponse(c, 404, 'not found', issues.join('; '));
  return errorResponse(c, 400, 'invalid parameters', issues.join('; '));
};
