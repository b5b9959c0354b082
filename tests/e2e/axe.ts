// axe-core (WCAG 2.1 A/AA) on a page that is already loaded. On a page without frames, axe runs straight in the
// page: @axe-core/playwright's default run hands every result to a second blank page to finish, and its legacy
// run loads axe twice; that doubled the time per page and changes nothing on a page without frames. Only the
// violations are collected in full (resultTypes): passes and the rest are counted with one example each.
// axe's script is loaded from the test server (AXE_SCRIPT, same origin, so the pages' script-src 'self' allows it)
// rather than evaluated as a 1.5 MB string per page: the browser then keeps it compiled, 0.1–0.3 s less per page.
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core'; // axe itself runs in the page
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The URL path and file of axe's minified script, for static-server.ts's `extra`. */
export const AXE_SCRIPT = { path: '/__tests__/axe.min.js', file: createRequire(import.meta.url).resolve('axe-core/axe.min.js') };

export async function axeViolations(page: Page): Promise<Result[]> {
  // A frame gets its own run from AxeBuilder, which loads axe into each frame.
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode().analyze()).violations;
  await page.addScriptTag({ url: AXE_SCRIPT.path });
  const results: AxeResults = await page.evaluate((tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
  return results.violations;
}
