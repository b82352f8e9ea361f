/**
 * @module
 * The OpenAPI document in the reader's language: in Spanish, the summaries and descriptions
 * of the document, its routes, their parameters and responses, and the description of every
 * field of the schemas (components.schemas, and a response's or parameter's own schema) come
 * from es.ts. Only the words change: names, types and codes stay as they are.
 */
import type { OpenAPIObject } from 'openapi3-ts/oas30';
import { DOCS_ES } from './es.js';

export type DocsLang = 'en' | 'es';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { description?: string; schema?: unknown }[];
  responses?: Record<string, { description?: string; content?: unknown }>;
}

/** Values in a schema that are data, not schema: their texts are never translated. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/** A schema (or anything holding schemas) with the `description` of each schema and field passed through `f`. */
function schemaTexts(x: unknown, f: (text: string) => string): unknown {
  if (Array.isArray(x)) return x.map((y) => schemaTexts(y, f));
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, k === 'description' && typeof v === 'string' ? f(v) : DATA_KEYS.has(k) ? v : schemaTexts(v, f)]),
  );
}

/** English texts of the document (summaries, descriptions, and the descriptions of the schemas' fields) that es.ts does not translate. */
export function untranslated(doc: OpenAPIObject): string[] {
  const missing = new Set<string>();
  visit(doc, (text) => {
    if (!(text in DOCS_ES)) missing.add(text);
    return text;
  });
  return [...missing];
}

/**
 * `doc` with each text passed through `f`: info, each operation's summary, description,
 * parameters and responses (and their schemas' descriptions), and every description in the
 * schemas of components.
 */
function visit(doc: OpenAPIObject, f: (text: string) => string): OpenAPIObject {
  const t = (text: string | undefined) => (text ? f(text) : text);
  const paths = Object.fromEntries(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item as Record<string, Operation>).map(([method, op]) => [
          method,
          {
            ...op,
            summary: t(op.summary),
            description: t(op.description),
            ...(op.parameters ? { parameters: op.parameters.map((p) => ({ ...p, description: t(p.description), ...(p.schema ? { schema: schemaTexts(p.schema, f) } : {}) })) } : {}),
            ...(op.responses
              ? { responses: Object.fromEntries(Object.entries(op.responses).map(([code, r]) => [code, { ...r, description: t(r.description), ...(r.content ? { content: schemaTexts(r.content, f) } : {}) }])) }
              : {}),
          },
        ]),
      ),
    ]),
  );
  return { ...doc, info: { ...doc.info, description: t(doc.info.description) }, paths, ...(doc.components ? { components: schemaTexts(doc.components, f) as OpenAPIObject['components'] } : {}) };
}

/** The document in `lang` (a copy in Spanish; the same object in English). */
export function documentIn(doc: OpenAPIObject, lang: DocsLang): OpenAPIObject {
  if (lang === 'en') return doc;
  return visit(doc, (text) => DOCS_ES[text] ?? text);
}
