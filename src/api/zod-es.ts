/**
 * @module
 * The API's checks in Spanish: src/lib/zod-es.ts (shared with the scenario files' checks).
 */
export { issueInSpanish, said } from '../lib/zod-es.js';
