/**
 * @module
 * The API's docs page, rendered on the server from the OpenAPI document: every
 * route with its parameters and responses. Plain HTML and one stylesheet from the
 * same origin: no script, no CDN, nothing the Content-Security-Policy has to allow.
 */
import type { OpenAPIObject } from 'openapi3-ts/oas30';

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

interface Schema {
  type?: string;
  enum?: unknown[];
  default?: unknown;
  items?: Schema;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  format?: string;
}
interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  example?: unknown;
  schema?: Schema;
}

function typeOf(s: Schema | undefined): string {
  if (!s) return '';
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items)} (repeatable${s.maxItems ? `, at most ${s.maxItems}` : ''})`;
  return s.type ?? '';
}

function parameters(params: Param[]): string {
  if (params.length === 0) return '<p class="none">No parameters.</p>';
  const rows = params.map(
    (p) => `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${esc(p.in)}</td>` +
      `<td>${esc(typeOf(p.schema))}${p.schema?.default !== undefined ? ` (default <code>${esc(p.schema.default)}</code>)` : ''}</td>` +
      `<td>${esc(p.description ?? '')}${p.example !== undefined ? ` e.g. <code>${esc(Array.isArray(p.example) ? p.example.join(', ') : p.example)}</code>` : ''}</td></tr>`,
  );
  return `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const EXAMPLES = [
  '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=FY2020',
  '/api/series?measure=encounters&where=geography=US-SWB&by=component&from=2024-10&lang=es',
  '/api/series?measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy',
  '/api/export?measure=encounters&where=geography=US-SWB&grain=fy&format=csv',
  '/api/dimensions/geography',
  '/api/sources',
];

export function docsPage(doc: OpenAPIObject): string {
  const routes = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { summary?: string; description?: string; parameters?: Param[]; responses?: Record<string, { description?: string }> }>).map(
      ([method, op]) =>
        `<section id="${esc(`${method}-${path}`)}"><h2><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>` +
        `<p>${esc(op.summary ?? '')}</p>${op.description ? `<p class="desc">${esc(op.description)}</p>` : ''}` +
        parameters(op.parameters ?? []) +
        `<ul class="responses">${Object.entries(op.responses ?? {}).map(([code, r]) => `<li><b>${esc(code)}</b> ${esc(r.description ?? '')}</li>`).join('')}</ul></section>`,
    ),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} API</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${esc(doc.info.title)} API <small>${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a>. Examples:</p>
<ul class="examples">${EXAMPLES.map((e) => `<li><a href="${esc(e)}"><code>${esc(e)}</code></a></li>`).join('')}</ul>
<nav><ul>${Object.keys(doc.paths ?? {}).map((p) => `<li><a href="#get-${esc(p)}"><code>${esc(p)}</code></a></li>`).join('')}</ul></nav>
${routes.join('\n')}
</main></body></html>
`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1 small{font-size:.6em;color:#666}
h2{font-size:1.1rem;margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem}
.method{background:#0b5394;color:#fff;border-radius:3px;padding:0 .4em;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #eee;padding:.3rem .5rem}
code{font:13px/1.4 ui-monospace,monospace;background:#f4f4f4;padding:0 .2em}
.req{color:#a40000;font-size:.8em}.desc{color:#444}.none{color:#666}
a{color:#0b5394}
`;
