/**
 * Renders a terminal session of corridor as docs/cli.svg for the README (not a test).
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx scripts/cli-screenshot.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const sessions = [
  ['query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--grain', 'fy', '--from', '2019', '--to', '2025'],
  ['query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--where', 'citizenship=Honduras,Guatemala', '--where', 'authority=T42', '--grain', 'fy', '--from', '2021', '--to', '2023'],
];
const lines: string[] = [];
for (const args of sessions) {
  lines.push(`$ npx corridor ${args.join(' ')}`);
  lines.push(...execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' }).trimEnd().split('\n'), '');
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const charWidth = 8.4;
const lineHeight = 18;
const width = Math.ceil(Math.max(...lines.map((l) => l.length)) * charWidth) + 32;
const height = lines.length * lineHeight + 24;
const text = lines
  .map((l, i) => `<text x="16" y="${24 + i * lineHeight}" fill="${l.startsWith('$') ? '#8fd18f' : '#e0e0e0'}">${escape(l)}</text>`)
  .join('\n');
writeFileSync(
  'docs/cli.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${width}" height="${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="6" fill="#1e1e1e"/>
${text}
</svg>
`,
);
console.log('wrote docs/cli.svg');
