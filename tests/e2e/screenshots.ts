// Full-page screenshots of the pages each kind of reader starts from, at a desktop and a phone width, into
// .test-output/screenshots/<label>/ to look at (not committed). Logs each page's height: a long page is a finding.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export const WIDTHS = [1280, 375] as const;

/** The largest page of a kind stands for that kind: it is where length and layout hurt first. */
function largest(paths: string[], sizes: Map<string, number>, re: RegExp): string | undefined {
  return paths.filter((p) => re.test(p)).sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b))[0];
}

/** Name → URL path of the pages to photograph; kinds the site does not have are left out. */
export function screenshotTargets(paths: string[], sizes: Map<string, number>, searchWord = 'wijkteam'): Record<string, string> {
  const has = (p: string) => paths.includes(p);
  const picks: Record<string, string | undefined> = {
    home: '/',
    keten: largest(paths, sizes, /^\/ketens\/[^/]+\/$/),
    tracker: has('/aanbevelingen/') ? '/aanbevelingen/' : undefined,
    publicatie: largest(paths, sizes, /^\/publicaties\/[^/]+\/$/),
    indicator: largest(paths, sizes, /^\/indicatoren\/[^/]+\/$/),
    vergelijking: has('/gemeenten/vergelijking/') ? '/gemeenten/vergelijking/' : undefined,
    zoeken: has('/zoeken/') ? `/zoeken/?q=${encodeURIComponent(searchWord)}` : undefined,
  };
  return Object.fromEntries(Object.entries(picks).filter((e): e is [string, string] => !!e[1]));
}

export async function takeScreenshots(browser: Browser, baseUrl: string, targets: Record<string, string>, label: string) {
  const dir = join('.test-output', 'screenshots', label.replace(/[^a-z0-9-]+/gi, '-'));
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(targets)) {
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // A picture to look at, not a check: on a busy machine a tall page may take long, and that fails nothing.
      const shot = await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true, timeout: 120_000 }).then(() => '', (e: Error) => ` (geen schermafdruk: ${e.message.split('\n')[0]})`);
      lines.push(`${name} ${path} @${width}: ${height} px${shot}`);
    }
    await context.close();
  }
  console.log(`${label}: schermafdrukken in ${dir}\n  ${lines.join('\n  ')}`);
}
