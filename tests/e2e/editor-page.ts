// The browser editor's page (/admin/): the one place besides search where a script runs. Checked on its own:
// it is never indexed, not in the sitemap or the search index, loads the editor from the site itself (no CDN),
// and its relaxed policy stays on /admin/. Reader pages skip it in run.ts and keep zero JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { policyOf } from './csp.ts';

type Check = (ok: boolean, message: string) => void;

export const isEditorFile = (file: string) => file.startsWith('admin/');

export function checkEditorPage(root: string, files: string[], check: Check): void {
  const file = join(root, 'admin/index.html');
  check(existsSync(file), '/admin/: de pagina van de editor ontbreekt');
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8');
  check(/<meta name="robots" content="noindex/.test(html), '/admin/: <meta name="robots" content="noindex"> ontbreekt');
  check(!html.includes('data-pagefind-body'), '/admin/: de editor staat in de zoekindex');
  const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  check(sources.length > 0 && sources.every((s) => s.startsWith('/admin/') && files.includes(s.slice(1))), `/admin/: scripts komen niet van de site zelf: ${sources.join(', ')}`);
  check(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), '/admin/: bevat een inline <script>');
  const scripts = policyOf(html)?.get('script-src') ?? [];
  check(scripts.includes("'self'") && !scripts.some((s) => /^https?:|^\*$|'unsafe-inline'/.test(s)), `/admin/: script-src staat scripts van buiten de site toe: ${scripts.join(' ')}`);
  const sitemap = files.filter((f) => f.startsWith('sitemap')).map((f) => readFileSync(join(root, f), 'utf8')).join('');
  check(!sitemap.includes('/admin/'), '/admin/ staat in de sitemap');
  const config = files.includes('admin/config.yml') ? parse(readFileSync(join(root, 'admin/config.yml'), 'utf8')) as { collections?: unknown[]; locale?: string } : undefined;
  check(!!config?.collections?.length && config.locale === 'nl', '/admin/config.yml ontbreekt of heeft geen collecties in het Nederlands');
  // Every other page keeps the strict policy: no eval, no inline styles for scripts.
  for (const f of files.filter((x) => x.endsWith('.html') && !isEditorFile(x))) {
    const other = policyOf(readFileSync(join(root, f), 'utf8'))?.get('script-src') ?? [];
    if (other.includes("'unsafe-eval'")) check(false, `${f}: staat eval toe; alleen /admin/ mag dat`);
  }
}
