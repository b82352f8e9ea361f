/**
 * HTML to PDF with Debian's Chromium driven by playwright-core: a fresh profile per print,
 * no network, the page's own CSS @page size and breaks, an optional footer with page numbers.
 * playwright-core is loaded only when printing, so the rest of the program never needs it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';

/** Debian's Chromium, or the one CORRIDOR_CHROMIUM names (read at each print). */
export const chromiumPath = () => process.env.CORRIDOR_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PrintOptions {
  /** Plain text at the foot of every page, followed by "n / total". */
  footer?: string;
  /**
   * Shrink every element matching `selector` that is taller than the printable area (the
   * paper less the CSS @page margins, in mm) until it fits, so that each is one sheet.
   */
  fit?: { selector: string; widthMm: number; heightMm: number };
}

const PX_PER_MM = 96 / 25.4;

export async function htmlToPdf(html: string, opts: PrintOptions = {}): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new UsageError(
      `no Chromium at ${executablePath} to print the PDF: install it with "apt-get install chromium" (or set CORRIDOR_CHROMIUM), or write the HTML with --html FILE and print it from a browser`,
      `no hay Chromium en ${executablePath} para imprimir el PDF: instálelo con "apt-get install chromium" (o fije CORRIDOR_CHROMIUM), o escriba el HTML con --html FILE e imprímalo desde un navegador`,
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError(
      'printing a PDF needs the npm package playwright-core ("npm install playwright-core"); --html FILE works without it',
      'imprimir un PDF necesita el paquete npm playwright-core ("npm install playwright-core"); --html FILE funciona sin él',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'corridor-pdf-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: ARGS, offline: true });
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    if (opts.fit) await page.setViewportSize({ width: Math.floor(opts.fit.widthMm * PX_PER_MM), height: Math.floor(opts.fit.heightMm * PX_PER_MM) });
    await page.setContent(html, { waitUntil: 'load' });
    if (opts.fit) {
      // 3% kept free: Chromium's print layout differs a little from the screen's.
      const limit = opts.fit.heightMm * PX_PER_MM * 0.97;
      await page.evaluate(
        ({ selector, limit }) => {
          for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
            const h = el.scrollHeight;
            if (h > limit) el.style.zoom = String(Math.floor((limit / h) * 1000) / 1000);
          }
        },
        { selector: opts.fit.selector, limit },
      );
    }
    const footer = opts.footer
      ? `<div style="font: 7px sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;"><span>${escapeHtml(opts.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
      : '';
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: Boolean(opts.footer), headerTemplate: '<span></span>', footerTemplate: footer });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Pages in a PDF Chromium wrote: its /Type /Page objects (not /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
