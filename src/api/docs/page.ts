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

/** The page's own words, in English and Spanish. */
const WORDS = {
  en: {
    required: 'required', none: 'No parameters.', repeatable: 'repeatable', atMost: 'at most', default: 'default', eg: 'e.g.',
    head: ['parameter', 'in', 'type', 'meaning'], machine: 'The machine-readable document:', examples: 'Examples:',
    in: { query: 'query', path: 'path' } as Record<string, string>, types: {} as Record<string, string>,
    other: { lang: 'es', href: '/api/docs?lang=es', text: 'Documentación en español' },
  },
  es: {
    required: 'obligatorio', none: 'Sin parámetros.', repeatable: 'repetible', atMost: 'como máximo', default: 'por omisión', eg: 'p. ej.',
    head: ['parámetro', 'en', 'tipo', 'significado'], machine: 'El documento para programas:', examples: 'Ejemplos:',
    in: { query: 'consulta', path: 'ruta' } as Record<string, string>,
    types: { string: 'texto', integer: 'entero', number: 'número', boolean: 'booleano', object: 'objeto' } as Record<string, string>,
    other: { lang: 'en', href: '/api/docs?lang=en', text: 'Documentation in English' },
  },
};
type Words = (typeof WORDS)['en'];

/** A description as the page shows it: escaped, `backquoted` codes as code. */
const prose = (text: string | undefined) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A parameter's type as HTML: its values as code when it has a list of them. */
function typeOf(s: Schema | undefined, w: Words): string {
  if (!s) return '';
  if (s.enum) return s.enum.map((v) => `<code>${esc(v)}</code>`).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items, w)} (${w.repeatable}${s.maxItems ? `, ${w.atMost} ${s.maxItems}` : ''})`;
  return s.type ? esc(w.types[s.type] ?? s.type) : '';
}

function parameters(params: Param[], w: Words): string {
  if (params.length === 0) return `<p class="none">${w.none}</p>`;
  const rows = params.map(
    (p) => `<tr><td><code>${esc(p.name)}</code>${p.required ? ` <span class="req">${w.required}</span>` : ''}</td><td>${esc(w.in[p.in] ?? p.in)}</td>` +
      `<td>${typeOf(p.schema, w)}${p.schema?.default !== undefined ? ` (${w.default} <code>${esc(p.schema.default)}</code>)` : ''}</td>` +
      `<td>${prose(p.description)}${p.example !== undefined ? ` ${w.eg} <code>${esc(Array.isArray(p.example) ? p.example.join(', ') : p.example)}</code>` : ''}</td></tr>`,
  );
  return `<table><thead><tr>${w.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const EXAMPLES = [
  '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=FY2020',
  '/api/series?measure=encounters&where=geography=US-SWB&by=component&from=2024-10&lang=es',
  '/api/series?measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy',
  '/api/export?measure=encounters&where=geography=US-SWB&grain=fy&format=csv',
  '/api/dimensions/geography',
  '/api/sources',
];

/** The page of `doc` (already in `lang`, see localise.ts), with a link to the page in the other language. */
export function docsPage(doc: OpenAPIObject, lang: 'en' | 'es' = 'en'): string {
  const w = WORDS[lang];
  const routes = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { summary?: string; description?: string; parameters?: Param[]; responses?: Record<string, { description?: string }> }>).map(
      ([method, op]) =>
        `<section id="${esc(`${method}-${path}`)}"><h2><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>` +
        `<p>${prose(op.summary)}</p>${op.description ? `<p class="desc">${prose(op.description)}</p>` : ''}` +
        parameters(op.parameters ?? [], w) +
        `<ul class="responses">${Object.entries(op.responses ?? {}).map(([code, r]) => `<li><b>${esc(code)}</b> ${prose(r.description)}</li>`).join('')}</ul></section>`,
    ),
  );
  const machine = lang === 'es' ? '/api/openapi.json?lang=es' : '/api/openapi.json';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} API</title><link rel="stylesheet" href="/api/docs.css">
<link rel="alternate" hreflang="${w.other.lang}" href="${w.other.href}"></head>
<body><main><p class="lang" lang="${w.other.lang}"><a href="${w.other.href}" hreflang="${w.other.lang}">${w.other.text}</a></p>
<h1>${esc(doc.info.title)} API <small>${esc(doc.info.version)}</small></h1>
<p>${prose(doc.info.description)}</p>
<p>${w.machine} <a href="${machine}">${machine}</a>. ${w.examples}</p>
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
.lang{text-align:right;margin:0}
`;
