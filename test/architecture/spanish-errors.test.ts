/**
 * Every error a user can act on carries its Spanish text: each `new UsageError(` and
 * `new NotFoundError(` in src/ (and each `super(` of a class that extends them) passes a
 * second argument. Read with the TypeScript parser, so a call broken over lines, or one
 * with a template holding commas, is counted by its arguments, not by the look of a line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/architecture/import-graph.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The error classes whose second argument is the Spanish text (src/errors.ts, src/api/errors.ts). */
const BILINGUAL = new Set(['UsageError', 'NotFoundError']);

interface Call {
  file: string;
  line: number;
  text: string;
}

/** The calls in `text` that construct a bilingual error with fewer than two arguments. */
function callsWithoutSpanish(file: string, text: string): Call[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Call[] = [];
  const report = (node: ts.Node) =>
    out.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1, text: node.getText(src).replace(/\s+/g, ' ').slice(0, 120) });
  const extendsBilingual = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) {
        return (n.heritageClauses ?? []).some((h) => h.token === ts.SyntaxKind.ExtendsKeyword && h.types.some((t) => BILINGUAL.has(t.expression.getText(src))));
      }
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && BILINGUAL.has(node.expression.getText(src)) && (node.arguments?.length ?? 0) < 2) report(node);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && node.arguments.length < 2 && extendsBilingual(node)) report(node);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('the Spanish text of usage errors', () => {
  it('is given by every UsageError and NotFoundError in src/', () => {
    const files = sourceFiles(ROOT, ['src']);
    expect(files.length).toBeGreaterThan(100);
    const missing = files.flatMap((f) => callsWithoutSpanish(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(missing.map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual([]);
  });

  it('finds a call without Spanish however it is written', () => {
    const text = [
      "throw new UsageError('one line');",
      'throw new UsageError(',
      '  `broken, over ${lines}, with commas`,',
      ');',
      "throw new UsageError('both', 'ambos');",
      "throw new NotFoundError(`no \"${x}\"`);",
      'class Busy extends UsageError { constructor() { super(`held, by ${pid}`); } }',
      "class Fine extends UsageError { constructor() { super('held', 'tomado'); } }",
      "class Other extends Error { constructor() { super('not ours'); } }",
    ].join('\n');
    expect(callsWithoutSpanish('x.ts', text).map((c) => c.line)).toEqual([1, 2, 6, 7]);
  });
});

/** `.regex(pattern, message)` calls in `text` whose message is not written with said(en, es) (src/api/zod-es.ts). */
function patternsWithoutSpanish(file: string, text: string): Call[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Call[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'regex') {
      const message = node.arguments[1];
      const bilingual = message && ts.isCallExpression(message) && message.expression.getText(src) === 'said';
      if (!bilingual) out.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1, text: node.getText(src).replace(/\s+/g, ' ').slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('the Spanish text of the API\'s parameter checks', () => {
  it('is given by every pattern check in src/api (said(en, es)), so lang=es says what is allowed in words', () => {
    const files = sourceFiles(ROOT, ['src/api']);
    const missing = files.flatMap((f) => patternsWithoutSpanish(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(missing.map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual([]);
  });

  it('finds a pattern without its Spanish', () => {
    const text = ["z.string().regex(/x/, 'a month');", 'z.string().regex(/x/);', "z.string().regex(/x/, said('a month', 'un mes'));"].join('\n');
    expect(patternsWithoutSpanish('x.ts', text).map((c) => c.line)).toEqual([1, 2]);
  });
});
