// Checks that the Markdown pipeline did its work on the built narratives: Dutch quotes, an anchor link after
// each prose heading, glossary links whose definition opens as a popover (by keyboard, without script).
// Removing one of the plugins from astro.config.mjs makes these checks fail.
import type { Browser } from 'playwright-core';
import { urlOf, visibleText } from './site-files.ts';

type Check = (ok: boolean, message: string) => void;

/** Pages whose body is an editor's text: stories, ketens, publications, pages. */
const NARRATIVE = /^(verhalen|ketens|publicaties|kaders)\/[^/]+\/index\.html$/;

/** Static checks on the built HTML; returns a page with a glossary link, for the browser check. */
export function checkProse(html: Map<string, string>, check: Check): string | undefined {
  const narratives = [...html].filter(([f]) => NARRATIVE.test(f));
  check(narratives.length > 0, 'geen verhalen- of ketenpagina gevonden om de tekstopmaak te controleren');
  let quotes = 0, anchors = 0, terms = 0;
  let termPage: string | undefined;
  for (const [file, text] of narratives) {
    const page = urlOf(file);
    const visible = visibleText(text);
    // Smart quotes are Dutch: „…”, never the English “…”. (A single ‘ may come from a source title as written.)
    check(!visible.includes('“'), `${page}: Engelse aanhalingstekens (“) in de tekst; verwacht „…”`);
    if (/„[^”]+”/.test(visible)) quotes++;
    // Every prose heading has its anchor link, pointing at the heading.
    for (const m of text.matchAll(/<div class="kop kop-h\d"><h(\d) id="([^"]+)">[\s\S]*?<\/h\1>([\s\S]*?)<\/div>/g)) {
      anchors++;
      check(m[3]!.startsWith(`<a class="kop-anker" href="#${m[2]}"`) && m[3]!.includes('Link naar dit deel'), `${page}: het kopje #${m[2]} heeft geen ankerlink met toegankelijke naam`);
    }
    for (const m of text.matchAll(/<a href="\/begrippen\/#[^"]+" class="term" aria-describedby="([^"]+)">/g)) {
      terms++;
      termPage ??= page;
      const id = m[1]!;
      check(text.includes(`popovertarget="${id}"`) && new RegExp(`<span id="${id}" popover`).test(text), `${page}: begrip met beschrijving #${id} heeft geen knop en popover met de uitleg`);
    }
  }
  check(quotes > 0, 'geen enkele verhalen- of ketenpagina heeft Nederlandse aanhalingstekens „…” in de tekst');
  check(anchors > 0, 'geen enkel kopje in een verhalen- of ketentekst heeft een ankerlink');
  check(terms > 0, 'geen enkele verhalen- of ketentekst linkt naar een begrip');
  return termPage;
}

/** The definition opens with the keyboard (Enter on the button) and closes with Escape, without client script. */
export async function checkGlossaryPopover(browser: Browser, base: string, path: string | undefined, check: Check): Promise<void> {
  if (!path) return;
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  const button = page.locator('button.term-uitleg').first();
  const id = await button.getAttribute('popovertarget');
  await button.focus();
  await page.keyboard.press('Enter');
  const open = await page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':popover-open') && (el as HTMLElement).offsetHeight > 0);
  check(open, `${path}: de uitleg van een begrip gaat niet open met Enter op de knop`);
  await page.keyboard.press('Escape');
  const closed = await page.locator(`[id="${id}"]`).evaluate((el) => !el.matches(':popover-open'));
  check(closed, `${path}: de uitleg van een begrip gaat niet dicht met Escape`);
  await page.context().close();
}
