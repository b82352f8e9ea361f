/**
 * @module
 * The read-only HTTP API over the store. The cross-cutting concerns are small
 * middlewares, in this order: security headers; the Host check (when the server names its
 * hosts); request limits (URL, body); CORS for /api/* (public, read-only);
 * read-only (405 for any method but GET/HEAD/OPTIONS); the store's catalogue;
 * ETag and Cache-Control (304 on a current If-None-Match); the answer cache; the
 * X-Corridor-Sources header. Routes are defined with zod, which gives validation,
 * types and the OpenAPI document at /api/openapi.json. With `web`, the built
 * dashboard is served at `/` (its page gets the API's policy plus blob: images).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { resolveOptions, type ApiEnv, type ApiOptions } from './env.js';
import { errorHandler, notFound, validationHook } from './errors.js';
import { withCatalogue } from './middleware/catalogue.js';
import { allowedHosts } from './middleware/allowed-hosts.js';
import { publicReadCors } from './middleware/cors.js';
import { etag } from './middleware/etag.js';
import { readOnly } from './middleware/read-only.js';
import { requestLimits } from './middleware/request-limits.js';
import { responseCache } from './middleware/response-cache.js';
import { securityHeaders } from './middleware/security-headers.js';
import { sourcesHeader } from './middleware/sources-header.js';
import { dashboardPolicy, webApp } from './middleware/web-app.js';
import { registerChecks } from './routes/checks.js';
import { registerClaims } from './routes/claims.js';
import { registerCorridor } from './routes/corridor.js';
import { registerCoverage } from './routes/coverage.js';
import { registerDimensions } from './routes/dimensions.js';
import { registerDocs } from './routes/docs.js';
import { registerEvents } from './routes/events.js';
import { registerExport } from './routes/export.js';
import { registerForecast } from './routes/forecast.js';
import { registerImpact } from './routes/impact.js';
import { registerMeasures } from './routes/measures.js';
import { registerPlaces } from './routes/places.js';
import { registerRecord } from './routes/record.js';
import { registerScenario } from './routes/scenario.js';
import { registerReception } from './routes/reception.js';
import { registerSeries } from './routes/series.js';
import { registerShapes } from './routes/shapes.js';
import { registerSources } from './routes/sources.js';
import { catalogueReader } from './store/catalogue.js';

export function createApp(options: ApiOptions): OpenAPIHono<ApiEnv> {
  const opts = resolveOptions(options);
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  if (opts.web) app.use('*', dashboardPolicy());
  app.use('*', securityHeaders());
  if (opts.allowedHosts) app.use('*', allowedHosts(opts.allowedHosts));
  app.use('*', requestLimits(opts));
  app.use('/api/*', publicReadCors());
  app.use('*', readOnly());
  if (opts.web) app.use('*', webApp(opts.web));
  const known = options.catalogue;
  app.use('/api/*', withCatalogue(known ? () => Promise.resolve(known) : catalogueReader(opts.conn, opts.versionTtlMs)));
  app.use('/api/*', etag());
  if (opts.cache) app.use('/api/*', responseCache());
  app.use('/api/*', sourcesHeader());
  registerSeries(app, opts);
  registerExport(app, opts);
  registerMeasures(app);
  registerDimensions(app, opts);
  registerSources(app, opts);
  registerChecks(app, opts);
  registerPlaces(app, opts);
  registerShapes(app, opts);
  registerCoverage(app, opts);
  registerEvents(app);
  registerImpact(app, opts);
  registerRecord(app, opts);
  registerReception(app, opts);
  registerCorridor(app, opts);
  registerClaims(app, opts);
  registerForecast(app, opts);
  registerScenario(app, opts);
  registerDocs(app);
  app.onError(errorHandler(opts.logError));
  app.notFound(notFound);
  return app;
}
