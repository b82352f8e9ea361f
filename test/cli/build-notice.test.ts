/** bin/corridor.js's notice when it runs the sources speaks the command's language. */
import { expect, it } from 'vitest';
import { buildNotice } from '../../bin/build-notice.js';

it('says why the sources run, in English by default and in Spanish with --lang es', () => {
  expect(buildNotice(['query', '--measure', 'encounters'], true)).toBe('corridor: dist/ is older than src/: running the sources (slower start; "npm run build" compiles them)\n');
  expect(buildNotice(['query'], false)).toMatch(/^corridor: no build in dist\/: running the sources/);
  for (const args of [['query', '--lang', 'es'], ['--lang=es', 'query']]) {
    expect(buildNotice(args, true)).toBe('corridor: dist/ es más antiguo que src/: se ejecutan las fuentes (arranque más lento; "npm run build" las compila)\n');
    expect(buildNotice(args, false)).toMatch(/^corridor: no hay compilación en dist\//);
  }
  // "es" as another option's value is not the language.
  expect(buildNotice(['query', '--where', 'es'], true)).toMatch(/is older than/);
});
