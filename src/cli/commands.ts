/**
 * Every command of the CLI and the module that registers it, by the name it is called
 * with. main.ts loads only the module of the command asked for; a new command is added
 * here (test/cli/lazy-loading.test.ts checks that every registered command is listed).
 */
import type { Command } from 'commander';

export type Register = (program: Command) => void;

/** Each command's module, by the name it is called with. */
export const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./commands/start.js')).registerStart,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  sources: async () => (await import('./commands/sources.js')).registerSources,
  measures: async () => (await import('./commands/measures.js')).registerMeasures,
  dimensions: async () => (await import('./commands/measures.js')).registerMeasures,
  query: async () => (await import('./commands/query.js')).registerQuery,
  check: async () => (await import('./commands/check.js')).registerCheck,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  events: async () => (await import('./commands/events.js')).registerEvents,
  claim: async () => (await import('./commands/claim.js')).registerClaim,
  forecast: async () => (await import('./commands/forecast.js')).registerForecast,
  impact: async () => (await import('./commands/impact.js')).registerImpact,
  record: async () => (await import('./commands/record.js')).registerRecord,
  scenario: async () => (await import('./commands/scenario.js')).registerScenario,
  reception: async () => (await import('./commands/reception.js')).registerReception,
};

