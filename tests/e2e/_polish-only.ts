import { chromium } from 'playwright-core';
import { polishChecks } from './polish.ts';
import { serve } from './static-server.ts';
const { server, url } = await serve(process.argv[2]!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const failures: string[] = []; let n = 0;
await polishChecks(browser, url, (ok, m) => { n++; if (!ok) failures.push(m); });
await browser.close(); server.close();
console.log(failures.join('\n')); console.log(`${n - failures.length} passed, ${failures.length} failed`);
