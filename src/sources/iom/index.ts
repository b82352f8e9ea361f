import type { SourceAdapter } from '../types.js';
import { describe } from './describe.js';
import { parse } from './parse.js';

export default { describe, parse } satisfies SourceAdapter;
