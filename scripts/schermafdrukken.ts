// Full-page screenshots of a built site's main pages at 1280 and 375 px (tests/e2e/screenshots.ts), to look at a
// change the way a reader meets it. Pictures, not checks: not part of npm test, which they would slow by a minute
// and a half over its three sites.
// Usage: npm run schermafdrukken -- [built-site-folder] [name]   (default: dist; build first)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/browser.ts';
import { screenshotTargets, takeScreenshots } from '../tests/e2e/screenshots.ts';
import { gzipSize, listFiles, urlOf } from '../tests/e2e/site-files.ts';
import { serve } from '../tests/e2e/static-server.ts';

const root = process.argv[2] ?? 'dist';
const label = process.argv[3] ?? 'site';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Geen gebouwde site in ${root}. Bouw eerst de site (npm run build) of geef de map op: npm run schermafdrukken -- <map>`);
  process.exit(2);
}
const pages = listFiles(root).filter((f) => f.endsWith('index.html'));
const { server, url } = await serve(root);
const browser = await launchChromium();
try {
  await takeScreenshots(browser, url, screenshotTargets(pages.map(urlOf), new Map(pages.map((f) => [urlOf(f), gzipSize(join(root, f))]))), label);
} finally {
  await browser.close();
  server.close();
}
