// What the browser test of the editor and the handbook's screenshots share: a temporary git copy of the content,
// the editor's local backend (decap-server, behind its queue) on a free port, the built site, and Chromium logged in to /admin/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { freePort, startEditorBackend } from '../../scripts/lib/editor-backend.ts';
import { launchChromium } from './browser.ts';
import { serve } from './static-server.ts';

export interface EditorSession {
  repo: string;
  page: Page;
  browser: Browser;
  close: () => Promise<void>;
}

/** Copies `contentDir` into a fresh git repository (branch main) and opens the built site's /admin/ on it. */
export async function openEditor(site: string, contentDir: string, viewport = { width: 1280, height: 900 }): Promise<EditorSession> {
  const repo = mkdtempSync(join(tmpdir(), 'redacteur-'));
  cpSync(contentDir, join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Redactie', '-c', 'user.email=redactie@example.org', ...args], { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Inhoud');
  // decap-server commits on the editor's behalf: it needs a name and address in this repository.
  git('config', 'user.name', 'Redactie');
  git('config', 'user.email', 'redactie@example.org');

  const port = await freePort();
  const backend = await startEditorBackend({ repo, port });
  const { server, url } = await serve(site);
  const browser = await launchChromium().catch((e: unknown) => {
    backend.close();
    server.close();
    throw e;
  });
  const close = async () => {
    await browser.close();
    server.close();
    backend.close();
    rmSync(repo, { recursive: true, force: true });
  };
  const page = await (await browser.newContext({ viewport, locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(60_000);
  // The built configuration names the default local backend; point it at this test's own.
  await page.route('**/admin/config.yml', async (route) => {
    const config = parse(await (await route.fetch()).text()) as Record<string, unknown>;
    config.local_backend = { url: `http://127.0.0.1:${port}/api/v1` };
    await route.fulfill({ body: stringify(config), contentType: 'text/yaml' });
  });
  page.on('dialog', (d) => void d.accept());
  try {
    await waitFor(`http://127.0.0.1:${port}/api/v1`);
    await page.goto(`${url}/admin/`, { waitUntil: 'load', timeout: 180_000 });
    await page.getByRole('button', { name: /inloggen|login/i }).click();
    await page.getByText('Verhalen').first().waitFor();
  } catch (e) {
    await close();
    throw e;
  }
  return { repo, page, browser, close };
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`de lokale editor-server op ${url} start niet`);
}
