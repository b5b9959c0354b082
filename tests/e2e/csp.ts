// Content-Security-Policy checks for the e2e run: every page carries the policy as its first <meta> after the
// charset, allows no inline script, lists a hash for each inline <style>; in Chromium no page reports a
// violation, and search still works under the policy. Called from run.ts.
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';

type Check = (ok: boolean, message: string) => void;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of an HTML text, as a map of directive → sources; undefined when there is none. */
export function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const text = meta[1]!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
  return new Map(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

/** The static part, for one built page. */
export function checkPolicyText(page: string, html: string, check: Check): void {
  const policy = policyOf(html);
  check(!!policy, `${page}: Content-Security-Policy (<meta http-equiv>) ontbreekt`);
  if (!policy) return;
  check(/<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy"/i.test(html), `${page}: de Content-Security-Policy staat niet direct na <meta charset>`);
  const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
  check(!scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s.startsWith("'sha") || s.startsWith("'nonce")), `${page}: script-src staat inline script of eval toe: ${scripts.join(' ')}`);
  check(policy.get('default-src')?.join(' ') === "'none'", `${page}: default-src is niet 'none'`);
  const styleSources = policy.get('style-src-elem') ?? [];
  check(!styleSources.includes("'unsafe-inline'"), `${page}: style-src-elem staat elk inline <style> toe`);
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi))
    check(styleSources.includes(hash(m[1]!)), `${page}: een inline <style> (${m[1]!.slice(0, 40)}…) heeft geen hash in de Content-Security-Policy`);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/gi)];
  check(inlineScripts.length === 0, `${page}: bevat een inline <script>, dat de Content-Security-Policy tegenhoudt`);
}

/** Records every CSP violation a page of this context reports, by page URL. */
export async function watchViolations(context: BrowserContext): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  await context.exposeBinding('__cspViolation', ({ page }, text: string) => {
    const path = new URL(page.url()).pathname;
    seen.set(path, [...(seen.get(path) ?? []), text]);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      const path = new URL(message.page()?.url() ?? 'http://x/').pathname;
      seen.set(path, [...(seen.get(path) ?? []), message.text().slice(0, 160)]);
    }
  });
  return seen;
}

/** After all pages were visited: no violation anywhere. */
export function reportViolations(seen: Map<string, string[]>, check: Check): void {
  check(seen.size === 0, `Content-Security-Policy: ${[...seen].map(([p, v]) => `${p}: ${[...new Set(v)].slice(0, 2).join('; ')}`).join(' | ')}`);
}

/** Search runs under the policy: a query shows results and reports no violation. */
export async function checkSearchUnderPolicy(page: Page, url: string, query: string, check: Check): Promise<void> {
  await page.goto(`${url}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  const shown = await page.waitForSelector('#zoekresultaten p', { timeout: 60_000 }).then(() => true, () => false);
  check(shown, `/zoeken/?q=${query}: de zoekresultaten verschijnen niet onder de Content-Security-Policy`);
}
