/** The package's seeded random source, re-exported for src/analysis/impact's tests; new code imports '@corridor/forecast'. */
export { seededRandom, type RandomSource } from '@corridor/forecast';
