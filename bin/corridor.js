#!/usr/bin/env node
// corridor's command line, in this one process: the compiled build (dist/, made by
// `npm run build`, which `npm ci` runs through "prepare") when it is current; otherwise
// the TypeScript sources through tsx's loader, in this same process, with a note.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildNotice } from './build-notice.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');

/** Newest modification time under a folder (the sources), in ms. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stamp = join(root, 'dist', '.built');
// The sources the build compiles: the project's and its workspace packages'.
const sources = ['src', 'packages'].map((d) => join(root, d)).filter((d) => existsSync(d));
const current = existsSync(compiled) && existsSync(stamp) && sources.every((d) => statSync(stamp).mtimeMs >= newest(d));
if (current) {
  await import(pathToFileURL(compiled).href);
} else {
  if (!process.env.CORRIDOR_QUIET_BUILD) process.stderr.write(buildNotice(process.argv.slice(2), existsSync(compiled)));
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
