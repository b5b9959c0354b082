// Checks a built site as a reader's browser sees it: every page through axe (WCAG 2.1 A/AA) in headless
// Chromium (see browser.ts), every internal link and anchor, no NaN/undefined/null/[object Object] text, size budgets,
// zero client JavaScript, and no horizontal scrolling at 320 px.
// Usage: node tests/e2e/run.ts <dist-folder> [label] [search-expectations.json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { launchChromium } from './browser.ts';
import { checkPolicyText, checkSearchUnderPolicy, reportViolations, watchViolations } from './csp.ts';
import { attributeValues, dataLinkProblem, gzipSize, listFiles, urlOf, visibleText } from './site-files.ts';
import { SITE_LANGUAGE } from '../../src/lib/language.ts';
import { searchableHtml } from '../../src/lib/search-feed.ts';
import { polishChecks } from './polish.ts';
import { serve } from './static-server.ts';
import { checkGlossaryPopover, checkProse } from './prose.ts';
import { checkChartsOnPage } from './charts-narrow.ts';
import { AXE_SCRIPT, axeViolations } from './axe.ts';
import { writeStdout } from '../../scripts/lib/stdout.ts';
import { checkPrint, printablePaths } from './print.ts';
import { checkEditorPage, isEditorFile } from './editor-page.ts';

const root = process.argv[2] ?? '';
const label = process.argv[3] ?? root;
if (!root || !existsSync(root)) {
  console.error(`Geen gebouwde site gevonden in ${root ?? '(niets opgegeven)'}`);
  process.exit(2);
}
const BUDGET = { htmlGzip: 150_000, cssGzip: 30_000, islandGzip: 15_000 };
/** Playwright's default viewport, at which axe has always run. */
const DESKTOP = { width: 1280, height: 720 };

const failures: string[] = [];
let checks = 0;
// How long each part took, printed at the end: the browser checks are most of `npm test`'s time.
const timings: string[] = [];
let phaseStart = Date.now();
const phase = (name: string) => {
  timings.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = Date.now();
};
const check = (ok: boolean, message: string) => {
  checks++;
  if (!ok) failures.push(message);
};

const files = listFiles(root);
const fileSet = new Set(files);
// The browser editor at /admin/ is no reader page: it has its own checks (editor-page.ts), the others skip it.
checkEditorPage(root, files, check);
const htmlFiles = files.filter((f) => f.endsWith('.html') && !isEditorFile(f));
const html = new Map(htmlFiles.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
const idsOf = new Map([...html].map(([f, h]) => [f, new Set(attributeValues(h, 'id'))]));

/** The text of a <script src> of the site, for the size budget. */
function readScript(tag: string): string {
  const src = tag.match(/src="\/([^"]+)"/)?.[1];
  return src && existsSync(join(root, src)) ? readFileSync(join(root, src), 'utf8') : '';
}

/** The built file an internal URL points to, or undefined. */
function target(path: string): string | undefined {
  const clean = path.replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) if (fileSet.has(candidate)) return candidate;
  return undefined;
}

// 1. Static checks on every HTML file.
for (const [file, text] of html) {
  const page = urlOf(file);
  const bad = visibleText(text).match(/\b(NaN|undefined|null)\b|\[object Object\]/);
  check(!bad, `${page}: de tekst bevat "${bad?.[0]}"`);
  // Only the search page may run a script (Pagefind), and it must stay small.
  const scripts = [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi)];
  if (page === '/zoeken/') check(scripts.reduce((n, m) => n + gzipSync(m[1]! || readScript(m[0])).length, 0) <= BUDGET.islandGzip, `${page}: het zoekscript is groter dan ${BUDGET.islandGzip} bytes gzip`);
  else check(scripts.length === 0, `${page}: bevat client-JavaScript (<script>)`);
  checkPolicyText(page, text, check);
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(text)?.[1];
  check(lang === SITE_LANGUAGE, `${page}: de taal van de pagina (<html lang>) is ${lang === undefined ? 'niet opgegeven' : `"${lang}"`}; de site is in het "${SITE_LANGUAGE}"`);
  // The search index leaves out what only drowns the words people search for: the citation block (the same on
  // every page), and of a figure all but its title (drawing, numbers, notes, source: the same wherever it stands).
  const citeBlocks = [...text.matchAll(/<section class="cite-block"[^>]*>/g)].map((m) => m[0]);
  check(citeBlocks.every((tag) => tag.includes('data-pagefind-ignore')), `${page}: het citeerblok staat in de zoekindex (data-pagefind-ignore ontbreekt)`);
  for (const [figure] of text.matchAll(/<figure class="figure"[^>]*>[\s\S]*?<\/figure>/g)) {
    // An indicator's figure (its drawing in .figure__chart); a page's own figures, like the comparison, are its text.
    if (!figure.includes('class="figure__chart"')) continue;
    const indexed = visibleText(searchableHtml(Buffer.from(figure)).replace(/<figcaption>[\s\S]*?<\/figcaption>/, '')).trim();
    check(indexed === '', `${page}: van een figuur staat meer dan de titel in de zoekindex: "${indexed.slice(0, 80)}"`);
  }
  const size = gzipSize(join(root, file));
  check(size <= BUDGET.htmlGzip, `${page}: HTML is ${size} bytes gzip, meer dan ${BUDGET.htmlGzip}`);
  const ids = attributeValues(text, 'id');
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  check(!dup, `${page}: id "${dup}" komt meer dan één keer voor`);
  for (const href of attributeValues(text, 'href')) {
    if (href.startsWith('data:')) {
      const problem = dataLinkProblem(href);
      check(!problem, `${page}: data-link ${href.slice(0, 60)}…: ${problem}`);
      continue;
    }
    if (/^(https?:|mailto:|tel:)/.test(href) || href === '') continue;
    const [pathPart, anchor] = href.split('#') as [string, string | undefined];
    const path = pathPart === '' ? page : pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${page}`).pathname;
    const t = target(decodeURI(path));
    check(!!t, `${page}: link naar ${href} wijst naar een pagina die niet bestaat`);
    if (t && anchor && t.endsWith('.html')) check(idsOf.get(t)!.has(decodeURIComponent(anchor)), `${page}: link naar ${href}: anker #${anchor} bestaat niet`);
  }
  const css = attributeValues(text, 'href').filter((h) => h.endsWith('.css'));
  const cssSize = css.reduce((n, h) => n + (target(h) ? gzipSize(join(root, target(h)!)) : 0), 0);
  check(cssSize <= BUDGET.cssGzip, `${page}: CSS is ${cssSize} bytes gzip, meer dan ${BUDGET.cssGzip}`);
}
phase('statisch');
// HTML validity (html-validate's "standard" rules, see .htmlvalidate.json).
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const file of htmlFiles) {
  const report = await validator.validateFile(join(root, file));
  const messages = report.results.flatMap((r) => r.messages);
  check(report.valid, `${urlOf(file)}: ongeldige HTML: ${messages.slice(0, 3).map((m) => `${m.ruleId} (${m.message})`).join('; ')}`);
}
const searchScripts = new Set(attributeValues(html.get('zoeken/index.html') ?? '', 'src').filter((s) => s.endsWith('.js')).map((s) => s.replace(/^\//, '')));
const jsFiles = files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/') && !isEditorFile(f) && !searchScripts.has(f));
const unusedPagefind = files.filter((f) => /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(f));
check(unusedPagefind.length === 0, `Pagefind-bestanden die geen pagina gebruikt: ${unusedPagefind.join(', ')}`);
check(jsFiles.length === 0, `JavaScript-bestanden buiten pagefind/: ${jsFiles.join(', ')}`);

const termPage = checkProse(html, check);
phase('html-validate');

/** Search: every expected page is among the first results, with and without diacritics. */
async function checkSearchExpectations(expectationsFile: string | undefined): Promise<void> {
  if (!expectationsFile) return;
  const page = await (await browser.newContext()).newPage();
  await page.goto(url + '/zoeken/', { waitUntil: 'load' });
  const expectations = JSON.parse(readFileSync(expectationsFile, 'utf8')) as { q: string; url: string; soort: string }[];
  for (const e of expectations) {
    const found = await page.evaluate(async (q) => {
      const script = '/pagefind/pagefind.js'; // served by the site under test, not a module of this project
      const pf = await import(script);
      const { results } = await pf.search(q);
      return Promise.all(results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string; filters: Record<string, string[]> }> }) => {
        const d = await r.data();
        return { url: d.url, soort: d.filters.soort?.[0] };
      }));
    }, e.q);
    check(found.some((f) => f.url === e.url && f.soort === e.soort), `zoeken op "${e.q}" vindt ${e.url} (${e.soort}) niet; wel: ${found.map((f) => f.url).join(', ') || 'niets'}`);
  }
  await page.context().close();
}

// 2. Every page in Chromium: axe, the 320 px layout, the map and the charts at 375 px, the diagram.
const { server, url } = await serve(root, { extra: { [AXE_SCRIPT.path]: AXE_SCRIPT.file } });
const browser = await launchChromium();
try {
  // Pages at a time (E2E_TEGELIJK, default 2): about twice as fast on two cores as one by one, and still one axe run
  // per page. The fast path (npm test -- --sinds <ref>) names the pages a data commit changed; the static checks
  // above still cover every page.
  const only = process.env.E2E_PAGINAS ? new Set(process.env.E2E_PAGINAS.split(',')) : undefined;
  const queue = htmlFiles
    .filter((f) => !/http-equiv="refresh"/.test(html.get(f)!)) // redirects forward at once; their target is checked as a link
    .filter((f) => !only || only.has(urlOf(f)));
  if (only) console.log(`Browsercontrole op ${queue.length} van de ${htmlFiles.length} pagina's (snelle route).`);
  const context = await browser.newContext();
  const violations = await watchViolations(context);
  // Each page loads once, at the desktop width, for axe; then it is resized for the layout checks (320 px, the map
  // and the charts at 375 px, the diagram at 700 and 1280 px). The site runs no script, so the layout after a resize
  // is the layout of a page loaded at that width.
  const worker = async () => {
    const page = await context.newPage();
    for (let file = queue.shift(); file; file = queue.shift()) {
      const path = urlOf(file);
      const text = html.get(file)!;
      await page.setViewportSize(DESKTOP);
      await page.goto(url + path, { waitUntil: 'load' });
      const violations = await axeViolations(page);
      check(violations.length === 0, `${path}: axe vindt ${violations.length} probleem/problemen: ${violations.map((v) => `${v.id} (${v.nodes.length}×: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`).join(', ')}`);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(overflow <= 1, `${path}: bij 320 px breed schuift de pagina ${overflow} px horizontaal`);
      // A wijk map must stay readable on a phone: its labels at least 12 px as rendered at 375 px.
      if (text.includes('chart--map')) {
        await page.setViewportSize({ width: 375, height: 800 });
        const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.chart--map text')].map((t) => (t as SVGGraphicsElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize))));
        check(smallest >= 12, `${path}: tekst in de wijkkaart is bij 375 px breed maar ${smallest.toFixed(1)} px`);
      }
      // Charts and the verandertheorie diagram: text size at 375 px, arrows against boxes where the diagram shows.
      if (/<svg class="(chart |theory-diagram__svg)/.test(text)) {
        const chartFailures = await checkChartsOnPage(page, path);
        check(chartFailures.length === 0, chartFailures.join('\n  FOUT '));
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Number(process.env.E2E_TEGELIJK ?? 2) }, worker));
  // Search still works under the policy, and no page of this context reported a violation of it.
  await checkSearchUnderPolicy(await context.newPage(), url, 'wijkteam', check);
  reportViolations(violations, check);
  phase('axe, 320 px en grafieken');
  // Keten and publication pages print as A4 handouts (PDFs in .test-output/print/). Screenshots of the main pages are
  // no check and not taken here: npm run schermafdrukken.
  // Redirect pages forward at once; they are not printed. The synthetic fixture site is a stress case that prints
  // longer than a real handout: E2E_PRINT_LIMIT=0 reports its page counts without holding it to the limit.
  // (Running these parts two at a time was measured too: no faster on a busy two-core machine, so one after another.)
  const paths = htmlFiles.filter((f) => !/http-equiv="refresh"/.test(html.get(f)!)).map(urlOf);
  await checkGlossaryPopover(browser, url, termPage, check);
  await polishChecks(browser, url, check);
  phase('begrippen en afwerking');
  await checkSearchExpectations(process.argv[4]);
  phase('zoeken');
  await checkPrint(browser, url, printablePaths(paths), label, process.env.E2E_PRINT_LIMIT === '0' ? () => {} : check);
  phase('printen');
} finally {
  await browser.close();
  server.close();
}

const largest = htmlFiles.map((f) => ({ f, s: gzipSize(join(root, f)) })).sort((a, b) => b.s - a.s)[0];
console.log(`${label}: ${htmlFiles.length} pagina's gecontroleerd; grootste HTML ${largest ? `${urlOf(largest.f)} (${largest.s} bytes gzip)` : '-'}.`);
console.log(`${label}: tijd per onderdeel: ${timings.join(', ')}`);
// One write, awaited before exiting: a reader of the pipe (npm test counts the closing line) gets all of it.
await writeStdout([...failures.map((f) => `  FOUT ${f}`), `${checks - failures.length} passed, ${failures.length} failed`].join('\n'));
process.exit(failures.length ? 1 : 0);
