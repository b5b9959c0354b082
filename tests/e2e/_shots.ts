import { chromium } from 'playwright-core';
import { serve } from './static-server.ts';
const { server, url } = await serve(process.argv[2]!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const w of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  for (const p of process.argv.slice(3)) {
    await page.goto(url + p, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    const name = p.replace(/[^a-z0-9]+/gi, '_');
    await page.screenshot({ path: `/tmp/i12p/${name}-${w}.png`, fullPage: true });
    if (p === '/') console.log(w, await page.evaluate(() => [document.querySelector('main')!.getBoundingClientRect().left, document.querySelector('.site-footer__inner p')!.getBoundingClientRect().left, document.querySelector('.site-header__inner')!.getBoundingClientRect().left]));
  }
}
await browser.close(); server.close();
