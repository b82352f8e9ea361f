/**
 * Prints the structure drawn from the imports: loops, imports against the layers, the largest
 * folders. `npx tsx scripts/architecture/report.ts [ROOT]` (ROOT defaults to the project).
 */
import { resolve } from 'node:path';
import { folderSizes, importEdges, loops, sourceFiles, upwardImports } from './import-graph.js';

const root = resolve(process.argv[2] ?? '.');
const folders = ['src', 'web/src', 'packages'];
const files = sourceFiles(root, folders);
const edges = importEdges(root, files);
const found = loops(files, edges);
const upward = upwardImports(edges);
console.log(`${files.length} files, ${edges.length} imports`);
console.log(`loops: ${found.length}`);
for (const g of found) console.log(`  ${g.join(' <-> ')}`);
console.log(`imports against the layers: ${upward.length}`);
for (const e of upward) console.log(`  ${e.from} -> ${e.to}${e.typeOnly ? ' (type)' : ''}`);
console.log('largest folders (lines of TypeScript, tests included):');
process.chdir(root);
for (const s of folderSizes('.', folders).slice(0, 8)) console.log(`  ${s.folder.padEnd(40)} ${String(s.files).padStart(4)} files ${String(s.lines).padStart(7)} lines`);
