/**
 * Downloads of a chart: its data as CSV, and the chart as a self-describing SVG or
 * PNG (title, legend, the plot or plots where they sit on screen, notes and sources),
 * so a copy stays honest wherever it is reused.
 */
export interface Table {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export function csvText(table: Table): string {
  const cell = (v: string | number | boolean | null) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/**
 * The file name of a chart's download: the chart, what the page filtered it by, and the
 * language its words are in (a Spanish PNG and an English one of the same chart are two files).
 */
export function chartFileName(id: string, suffix: string[], lang: 'en' | 'es', ext: 'csv' | 'svg' | 'png'): string {
  const name = [id, ...suffix, ...(lang === 'es' ? ['es'] : [])].join('-').toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return `corridor-${name}.${ext}`;
}

export function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines of at most `chars` characters, at spaces. */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Composition {
  title: string;
  subtitle?: string;
  legend: { label: string; colour: string }[];
  /** The plot area: every <svg> in it is placed where it is on screen. */
  area: HTMLElement;
  notes: string[];
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

export function composeSvg(c: Composition): { svg: string; width: number; height: number } {
  const box = c.area.getBoundingClientRect();
  const width = Math.ceil(box.width) + 32;
  const chars = Math.floor((width - 32) / 6.6);
  const parts: string[] = [];
  let y = 24;
  const text = (s: string, size: number, weight = 'normal', colour = '#111') => {
    for (const line of wrap(s, Math.floor(chars * (12 / size)))) {
      parts.push(`<text x="16" y="${y}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`);
      y += size * 1.35;
    }
  };
  text(c.title, 16, '600');
  if (c.subtitle) text(c.subtitle, 12, 'normal', '#444');
  if (c.legend.length) {
    let x = 16;
    y += 6;
    for (const item of c.legend) {
      const w = 22 + item.label.length * 6.4;
      if (x + w > width - 16) {
        x = 16;
        y += 18;
      }
      parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${item.colour}"/><text x="${x + 16}" y="${y}" font-size="11" fill="#111">${escapeXml(item.label)}</text>`);
      x += w + 10;
    }
    y += 14;
  }
  const top = y;
  let bottom = top;
  for (const svg of c.area.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(Math.round(r.left - box.left) + 16));
    copy.setAttribute('y', String(Math.round(r.top - box.top) + top));
    copy.setAttribute('width', String(Math.round(r.width)));
    copy.setAttribute('height', String(Math.round(r.height)));
    parts.push(new XMLSerializer().serializeToString(copy));
    bottom = Math.max(bottom, Math.round(r.bottom - box.top) + top);
  }
  y = bottom + 20;
  for (const note of c.notes) text(note, 11, 'normal', '#444');
  const height = Math.ceil(y);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}><style>text{white-space:pre}</style><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

export async function pngOf(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const g = canvas.getContext('2d')!;
    g.scale(scale, scale);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be drawn'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
