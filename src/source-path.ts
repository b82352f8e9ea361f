/**
 * The TypeScript source of a path next to a module, whether the module runs from src/
 * (tsx, tests) or from the compiled build in dist/ (the CLI): code that hashes its own
 * sources (model versions) must hash the same files either way.
 */
import { fileURLToPath } from 'node:url';

export function sourcePath(relative: string, moduleUrl: string): string {
  const path = fileURLToPath(new URL(relative, moduleUrl));
  if (moduleUrl.endsWith('.ts')) return path;
  // dist/<same path> → src/<same path>: the last "dist" folder of the path.
  return path.replace(/([\\/])dist([\\/])(?!.*[\\/]dist[\\/])/, '$1src$2');
}

/** True when this module runs from the compiled build (JavaScript in dist/). */
export const isCompiled = (moduleUrl: string) => !moduleUrl.endsWith('.ts');
