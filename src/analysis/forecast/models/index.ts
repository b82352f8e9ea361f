/**
 * The models are the @corridor/forecast package's (packages/forecast). Re-exported here only
 * for modules outside the forecast framework that still import this path
 * (src/analysis/impact, bench/impact-validation.ts, test/e2e); new code imports '@corridor/forecast'.
 */
export * from '@corridor/forecast';
