/**
 * The last step of `npm run build`, after tsc has compiled src/ into dist/ and the
 * workspace package @corridor/forecast into dist/node_modules/@corridor/forecast (where
 * the compiled code finds it before the package's TypeScript sources in node_modules):
 * gives that copy its package.json, writes the CLI's top-level help to
 * dist/cli/help.txt and, in Spanish, help.es.txt (so `corridor --help` prints it without
 * loading every command),
 * then stamps dist/.built, which bin/corridor.js compares with the sources' times.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

writeFileSync('dist/node_modules/@corridor/forecast/package.json', `${JSON.stringify({ name: '@corridor/forecast', private: true, type: 'module', exports: './index.js' }, null, 2)}\n`);
const help = (...lang) => execFileSync(process.execPath, ['dist/cli/main.js', ...lang, '--help'], { encoding: 'utf8', env: { ...process.env, CORRIDOR_BUILD_HELP: '1' } });
writeFileSync('dist/cli/help.txt', help());
writeFileSync('dist/cli/help.es.txt', help('--lang', 'es'));
writeFileSync('dist/.built', `${new Date().toISOString()}\n`);
