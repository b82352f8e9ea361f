/**
 * @module
 * The OpenAPI document in the reader's language: in Spanish, the summaries and descriptions
 * of the document, its routes, their parameters and responses come from es.ts. The schemas'
 * field descriptions (components) stay as written, in English, and the Spanish document says so.
 */
import type { OpenAPIObject } from 'openapi3-ts/oas30';
import { DOCS_ES } from './es.js';

export type DocsLang = 'en' | 'es';

const FIELDS_IN_ENGLISH = ' Las descripciones de los campos de cada respuesta (components.schemas) están en inglés.';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { description?: string }[];
  responses?: Record<string, { description?: string }>;
}

/** English texts of the document (summaries and descriptions the docs page shows) that es.ts does not translate. */
export function untranslated(doc: OpenAPIObject): string[] {
  const missing = new Set<string>();
  visit(doc, (text) => {
    if (!(text in DOCS_ES)) missing.add(text);
    return text;
  });
  return [...missing];
}

/** `doc` with each text passed through `f`: info, and each operation's summary, description, parameters and responses. */
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
            ...(op.parameters ? { parameters: op.parameters.map((p) => ({ ...p, description: t(p.description) })) } : {}),
            ...(op.responses ? { responses: Object.fromEntries(Object.entries(op.responses).map(([code, r]) => [code, { ...r, description: t(r.description) }])) } : {}),
          },
        ]),
      ),
    ]),
  );
  return { ...doc, info: { ...doc.info, description: t(doc.info.description) }, paths };
}

/** The document in `lang` (a copy in Spanish; the same object in English). */
export function documentIn(doc: OpenAPIObject, lang: DocsLang): OpenAPIObject {
  if (lang === 'en') return doc;
  const es = visit(doc, (text) => DOCS_ES[text] ?? text);
  return { ...es, info: { ...es.info, description: `${es.info.description ?? ''}${FIELDS_IN_ENGLISH}` } };
}
