/**
 * The dashboard's build (web/ → web/dist) as the CLI and the browser tests need it:
 * is the build missing or older than its sources, and build it with Vite (loaded
 * only when a build is needed, so the other commands never load it).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when web/dist has no page, or any source of the build is newer than it. */
export function webIsStale(root = WEB_ROOT): boolean {
  const page = join(root, 'dist', 'index.html');
  if (!existsSync(page)) return true;
  const built = statSync(page).mtimeMs;
  const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', '../package-lock.json'].map((p) => newest(join(root, p)));
  return Math.max(...inputs) > built;
}

/**
 * Builds the dashboard into web/dist, or into `outDir` (emptied first): a build empties its
 * folder before writing, so a server must never serve a folder another build may be writing.
 */
export async function buildWeb(root = WEB_ROOT, outDir?: string): Promise<void> {
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
}
