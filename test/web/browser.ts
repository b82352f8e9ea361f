/**
 * Debian's chromium driven by playwright-core for the dashboard's browser tests: a
 * fresh profile per run, every console error and page error of every page collected,
 * and "wait until the dashboard has drawn the view" (body[data-state=ready] with a
 * new render count).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildWeb } from '../../src/cli/web-build.js';

/**
 * The dashboard built for one test file, in a folder of its own. The browser test files run
 * side by side, and each built into web/dist: a build empties the folder before writing, so a
 * page another file's server was serving could find no script and never start (CI, 6 December
 * 2026: "not ready after 240 s (body state \"\")").
 */
export async function buildWebForTest(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-web-'));
  await buildWeb(undefined, dir);
  return dir;
}

export const CHROMIUM = process.env.CORRIDOR_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CORRIDOR_CHROMIUM)`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'corridor-chromium-')), {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

export interface OpenPage {
  page: Page;
  /** Console errors and uncaught page errors, as they happen. */
  errors: string[];
}

export async function newPage(context: BrowserContext): Promise<OpenPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return { page, errors };
}

/** Renders drawn so far (0 before the first). */
export async function renders(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.renders ?? 0));
}

/**
 * Waits until the dashboard has drawn a view after `after` renders. 240 s: on a CI machine
 * running four test files on two cores, a page once took over 30 s and once over 60 s, and on
 * 6 December 2026 the first visit to the unprimed server took 112 s in one clean-clone run and
 * over 120 s in two others (3 s when the file runs alone). The next failure, "not ready after
 * 240 s" with the page's script never started, showed the cause: the browser test files each
 * rebuilt the shared web/dist while another file's server served it (now each builds its own,
 * buildWebForTest). A page that never gets there fails, naming its address and its state.
 */
export const READY_TIMEOUT = 240_000;

export async function ready(page: Page, after = 0): Promise<void> {
  try {
    await page.waitForFunction((n) => document.body.dataset.state === 'ready' && Number(document.body.dataset.renders ?? 0) > n, after, { timeout: READY_TIMEOUT });
  } catch (e) {
    throw new Error(`${page.url()}: not ready after ${READY_TIMEOUT / 1000} s (body state "${await page.evaluate(() => document.body.dataset.state ?? '')}")`, { cause: e });
  }
}

export async function open(context: BrowserContext, url: string): Promise<OpenPage> {
  const opened = await newPage(context);
  await opened.page.goto(url);
  await ready(opened.page);
  return opened;
}
