/**
 * Reconciliation is the @corridor/forecast package's (packages/forecast/src/reconcile.ts).
 * Re-exported here only for modules that still import this path (src/cli, run.ts); new code
 * imports '@corridor/forecast'.
 */
export { RECONCILIATION_METHODS, reconcile, type ReconciliationMethod, type Structure } from '@corridor/forecast';
