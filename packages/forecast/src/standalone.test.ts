/**
 * The package stands alone: every import of its sources and tests is inside the package, a
 * Node built-in, or a dependency its own package.json declares; nothing of corridor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('@corridor/forecast', () => {
  it('imports nothing outside itself but Node and its declared dependencies', () => {
    const outside: string[] = [];
    const files = [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'test'))];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2];
        const where = relative(root, file);
        if (spec.startsWith('.')) {
          if (relative(root, resolve(dirname(file), spec)).startsWith('..')) outside.push(`${where}: ${spec}`);
        } else if (!spec.startsWith('node:')) {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!declared.has(name)) outside.push(`${where}: ${spec}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
