// Prints keten and publication pages to A4 in Chromium, the way a raadslid prints a handout, and holds each to
// at most MAX_PAGES pages. The PDFs land in .test-output/print/<label>/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export const MAX_PAGES = 10;

/** Pages of a PDF that Chromium wrote: one `/Type /Page` dictionary per page (`/Pages` is the tree). */
export const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** The keten and publication pages of a site, from its list of URL paths. */
export const printablePaths = (paths: string[]) => paths.filter((p) => /^\/(ketens|publicaties)\/[^/]+\/$/.test(p));

export async function checkPrint(browser: Browser, baseUrl: string, paths: string[], label: string, check: (ok: boolean, message: string) => void) {
  const dir = join('.test-output', 'print', label.replace(/[^a-z0-9-]+/gi, '-'));
  mkdirSync(dir, { recursive: true });
  const page = await (await browser.newContext()).newPage();
  const counts: string[] = [];
  for (const path of paths) {
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    // The page's own @page rule sets A4 and margins, as when a reader prints from the browser.
    let pdf: Buffer;
    try {
      pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    } catch (error) {
      check(false, `${path}: printen naar A4 mislukt in Chromium: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    writeFileSync(join(dir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-')}.pdf`), pdf);
    const pages = pdfPageCount(pdf);
    counts.push(`${path} ${pages}`);
    check(pages > 0 && pages <= MAX_PAGES, `${path}: geprint op A4 is dit ${pages} pagina's, meer dan ${MAX_PAGES}`);
  }
  await page.context().close();
  console.log(`${label}: A4-pagina's bij printen: ${counts.join(', ')}`);
}
