/**
 * corridor's shared vocabulary: the ground floor every layer (sources, store, analysis,
 * faces) imports. It imports nothing of the project.
 */
export type { Bilingual, Lang } from './bilingual.js';
export { dayRangeWords, dayWords, monthRangeWords, monthWords, periodWords, weeksWords, weekWords } from './date-words.js';
export { DIMENSION_NAMES, DIMENSIONS, type Dimension } from './dimensions.js';
export type { Grain } from './period.js';
export type { Location } from './location.js';
export type { CategoryDefinition, MeasureDefinition } from './measures.js';
export { GEO_LEVELS, LEVEL_COMPONENT, type GeoLevel, type Place } from './places.js';
export type {
  CellTable, DatasetDescription, DescribedSource, EventListSpan, LocalFile, Observation, ParsedSource, SourceDescription, SourceFile,
} from './sources.js';
export { CELL_COLUMNS } from './sources.js';
