import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { ApiEnv } from '../../src/api/env.js';
import { apiHints, errorHandler, notFound, NotFoundError, ResultTooLargeError, validationHook } from '../../src/api/errors.js';

const logged: unknown[] = [];
const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
const thrower = (e: unknown) => () => {
  throw e;
};
app.get('/usage', thrower(new UsageError('unknown geography "Atlantis": "corridor dimensions geography" lists the codes')));
app.get('/usage-es', thrower(new UsageError('unknown geography "Atlantis": "corridor dimensions geography" lists the codes', 'geografía desconocida "Atlantis": "corridor dimensions geography" da los códigos')));
app.get('/missing', thrower(new NotFoundError('unknown measure "x"')));
app.get('/large', thrower(new ResultTooLargeError(60_000, 50_000)));
app.get('/http', thrower(new HTTPException(413, { message: 'too big' })));
app.get('/fault', thrower(new Error('connection to /secret/path failed')));
app.openapi(
  createRoute({
    method: 'get',
    path: '/v/{id}',
    request: { params: z.object({ id: z.enum(['a', 'b']) }), query: z.object({ n: z.string().regex(/^\d+$/) }) },
    responses: { 200: { description: 'ok' } },
  }),
  (c) => c.json({ ok: true }, 200),
);
app.onError(errorHandler((e) => logged.push(e)));
app.notFound(notFound);

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json(), cache: res.headers.get('Cache-Control') };
};

describe('errors', () => {
  it('sends a UsageError as 400, pointing at API routes rather than commands', async () => {
    expect(await get('/usage')).toEqual({
      status: 400,
      body: { error: 'bad request', detail: 'unknown geography "Atlantis": /api/dimensions/geography lists the codes' },
      cache: 'no-store',
    });
    expect(apiHints('see "corridor measures" and "corridor sources"')).toBe('see /api/measures and /api/sources');
  });

  it('sends unknown things as 404 and an oversized result as 400, each with a detail', async () => {
    expect(await get('/missing')).toMatchObject({ status: 404, body: { error: 'not found', detail: 'unknown measure "x"' } });
    const large = await get('/large');
    expect(large.status).toBe(400);
    expect(large.body.error).toBe('result too large');
    expect(large.body.detail).toContain('60,000 rows; the limit is 50,000');
    expect(await get('/http')).toMatchObject({ status: 413, body: { detail: 'too big' } });
    expect(await get('/nowhere')).toMatchObject({ status: 404, body: { error: 'not found' } });
  });

  it('sends a fault of the server as 500 without its message, and logs it', async () => {
    const r = await get('/fault');
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toContain('secret');
    expect((logged.at(-1) as Error).message).toContain('/secret/path');
  });

  it('names each invalid parameter in a 400; a bad path segment is a 404', async () => {
    const bad = await get('/v/a?n=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid parameters');
    expect(bad.body.detail).toMatch(/^n: /);
    expect((await get('/v/zz?n=1')).status).toBe(404);
    expect((await get('/v/a?n=1')).status).toBe(200);
  });

  it("answers a request asked in Spanish in Spanish: the error's own Spanish, else marked as English; the category stays a code", async () => {
    expect((await get('/usage-es?lang=es')).body).toEqual({ error: 'bad request', detail: 'geografía desconocida "Atlantis": /api/dimensions/geography da los códigos' });
    expect((await get('/usage-es')).body.detail).toBe('unknown geography "Atlantis": /api/dimensions/geography lists the codes');
    expect((await get('/usage?lang=es')).body.detail).toBe('(mensaje en inglés) unknown geography "Atlantis": /api/dimensions/geography lists the codes');
    expect((await get('/large?lang=es')).body.detail).toMatch(/^esta solicitud responde con 60[,.\s\u00a0]000 filas; el límite es 50[,.\s\u00a0]000/);
    expect((await get('/nowhere?lang=es')).body.detail).toBe('no hay ruta /nowhere: vea /api/docs o /api/openapi.json');
    expect((await get('/fault?lang=es')).body).toEqual({ error: 'server error', detail: 'el servidor no pudo responder; la falla quedó registrada en el servidor' });
  });
});

