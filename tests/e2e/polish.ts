// Browser checks for what a reader notices on a phone and in search: tables that scroll in their own labelled
// box or stack, the tracker's status and college columns in view at 375 px, the comparison grid without cut
// cells or overlapping headers, search without hits for words that occur nowhere and with true counts, and the
// small things (favicon, touch targets of the citation links, banners across the page). Called from run.ts.
import type { Browser } from 'playwright-core';

type Check = (ok: boolean, message: string) => void;

/** In the page: the targets of links in the main content. */
const ketenLinks = () => [...document.querySelectorAll('main a[href^="/ketens/"]')].map((a) => a.getAttribute('href')!);
/** The keten pages among those links, each once. */
const ketenPathsOf = (hrefs: string[]) => [...new Set(hrefs)].filter((h) => /^\/ketens\/[^/]+\/$/.test(h));

export async function polishChecks(browser: Browser, url: string, check: Check): Promise<void> {
  const phone = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  const desktop = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const exists = async (path: string) => (await desktop.goto(url + path, { waitUntil: 'load' }))?.status() === 200;

  // The tracker: every row's status and college response on screen at 375 px, without sideways scrolling.
  await phone.goto(url + '/aanbevelingen/', { waitUntil: 'load' });
  const tracker = await phone.evaluate(() => {
    const cells = [...document.querySelectorAll('table.recs td[data-label="Laatste stand"], table.recs td[data-label="Reactie college"]')];
    const off = cells.filter((c) => { const r = c.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 1; });
    return { table: !!document.querySelector('table.recs'), cells: cells.length, off: off.length, scroll: document.documentElement.scrollWidth - window.innerWidth };
  });
  // A site without recommendations (a new municipality) has no tracker table; where there is one, its cells count.
  check((!tracker.table || tracker.cells > 0) && tracker.off === 0, `/aanbevelingen/: bij 375 px vallen ${tracker.off} van ${tracker.cells} cellen met stand of reactie van het college buiten beeld`);
  check(tracker.scroll <= 1, `/aanbevelingen/: bij 375 px schuift de pagina ${tracker.scroll} px opzij`);

  // The voorbeelddata banner (synthetic sites) and the preview banner span the page at 1280 px, not only the width
  // of a paragraph of text.
  await desktop.goto(url + '/', { waitUntil: 'load' });
  const banners = await desktop.evaluate(() => [...document.querySelectorAll('.demo-banner, .preview-banner')].map((b) => ({ name: b.className, width: b.getBoundingClientRect().width, page: document.documentElement.clientWidth })));
  for (const b of banners) check(b.width >= b.page - 1, `/: de balk "${b.name}" is bij 1280 px maar ${Math.round(b.width)} van ${b.page} px breed`);

  // One data version per page: the footer, the citation and the version sentence name the same commit; where the
  // footer links it (site.repository is set), the link goes to that commit.
  await desktop.goto(url + '/ketens/', { waitUntil: 'load' });
  const firstKeten = ketenPathsOf(await desktop.evaluate(ketenLinks))[0];
  for (const path of ['/', ...(firstKeten ? [firstKeten] : [])]) {
    await desktop.goto(url + path, { waitUntil: 'load' });
    const v = await desktop.evaluate(() => {
      const footer = document.querySelector('.data-version');
      const named = [...(document.body.textContent ?? '').matchAll(/[Dd]ataversie ([0-9a-f]{7,})/g)].map((m) => m[1]!);
      return { footer: footer?.querySelector('code')?.textContent ?? null, named, link: footer?.querySelector('a')?.getAttribute('href') ?? null };
    });
    if (v.footer === null) continue; // no git history: the footer says the version is unknown
    const others = v.named.filter((h) => h !== v.footer);
    check(others.length === 0, `${path}: de pagina noemt meer dan één dataversie: ${[v.footer, ...new Set(others)].join(', ')}`);
    check(v.link === null || new RegExp(`/commit/${v.footer}[0-9a-f]*$`).test(v.link), `${path}: de link van dataversie ${v.footer} wijst niet naar die commit: ${v.link}`);
  }

  // The evidence summary at the top of a keten page stacks into rows at 375 px: a raadslid reads it without
  // scrolling sideways, in the table or on the page.
  await phone.goto(url + '/ketens/', { waitUntil: 'load' });
  const ketenPaths = ketenPathsOf(await phone.evaluate(ketenLinks));
  for (const path of ketenPaths) {
    await phone.goto(url + path, { waitUntil: 'load' });
    const evidence = await phone.evaluate(() => {
      const table = document.querySelector('table.evidence');
      if (!table) return undefined;
      const box = table.closest('.table-wrap') ?? table;
      const row = table.querySelector('tbody tr');
      return { sideways: box.scrollWidth - box.clientWidth, stacked: !row || getComputedStyle(row).display === 'block', page: document.documentElement.scrollWidth - window.innerWidth };
    });
    // The "#" link of a section heading stays beside the heading's last line, never alone on a line below it.
    const lonelyAnchors = await phone.evaluate(() => [...document.querySelectorAll('.kop')]
      .filter((k) => { const h = k.firstElementChild!.getBoundingClientRect(); const a = k.querySelector('.kop-anker')!.getBoundingClientRect(); return a.top >= h.bottom - 1; })
      .map((k) => k.firstElementChild!.textContent));
    check(lonelyAnchors.length === 0, `${path}: bij 375 px staat de #-link onder de kop in plaats van ernaast: ${lonelyAnchors.join('; ')}`);
    if (!evidence) continue;
    check(evidence.stacked && evidence.sideways <= 1, `${path}: bij 375 px staat "Wat we weten per resultaat" niet in rijen onder elkaar (${evidence.sideways} px opzij te schuiven)`);
    check(evidence.page <= 1, `${path}: bij 375 px schuift de pagina ${evidence.page} px opzij`);
  }

  // Tables: whatever scrolls sideways is a focusable, labelled region; nothing widens the page.
  for (const page of [phone, desktop]) {
    for (const path of ['/aanbevelingen/', '/gemeenten/vergelijking/', '/indicatoren/', '/data/']) {
      if ((await page.goto(url + path, { waitUntil: 'load' }))?.status() !== 200) continue;
      const bad = await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .filter((e) => e.getAttribute('tabindex') !== '0' || !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
        .map((e) => e.className || e.tagName));
      const width = page.viewportSize()!.width;
      check(bad.length === 0, `${path} bij ${width} px: schuifvak zonder tabindex="0" of naam: ${bad.join(', ')}`);
    }
  }

  // /indicatoren/: a row without figures says so once ("Laatste cijfer"), not again in every cell after it.
  if ((await phone.goto(url + '/indicatoren/', { waitUntil: 'load' }))?.status() === 200) {
    const repeated = await phone.evaluate(() => [...document.querySelectorAll('main tbody tr')]
      .filter((tr) => (tr.textContent!.match(/geen openbare data/gi) ?? []).length > 1)
      .map((tr) => tr.querySelector('th')?.textContent));
    check(repeated.length === 0, `/indicatoren/: "geen openbare data" staat meer dan eens in de rij van ${repeated.join('; ')}`);
  }

  // The comparison grid: no cell cut off, no column headers on top of each other, at both widths.
  if (await exists('/gemeenten/vergelijking/')) {
    for (const page of [desktop, phone]) {
      await page.goto(url + '/gemeenten/vergelijking/', { waitUntil: 'load' });
      const grid = await page.evaluate(() => {
        const cut = [...document.querySelectorAll('table.grid th, table.grid td')].filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1).length;
        let overlap = 0;
        for (const table of document.querySelectorAll('table.grid')) {
          const heads = [...table.querySelectorAll('thead th')].map((h) => h.getBoundingClientRect());
          heads.forEach((a, i) => heads.slice(i + 1).forEach((b) => { if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlap++; }));
        }
        return { grids: document.querySelectorAll('table.grid').length, cut, overlap };
      });
      const width = page.viewportSize()!.width;
      check(grid.cut === 0, `/gemeenten/vergelijking/ bij ${width} px: ${grid.cut} cellen van de vergelijking zijn afgesneden`);
      check(grid.overlap === 0, `/gemeenten/vergelijking/ bij ${width} px: ${grid.overlap} kolomkoppen overlappen`);
    }
  }

  // Search: a word that occurs nowhere finds nothing; the counts per kind add up to the total; no inline script.
  await desktop.goto(url + '/zoeken/', { waitUntil: 'load' });
  const inline = await desktop.evaluate(() => [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length);
  check(inline === 0, `/zoeken/: ${inline} inline script(s); het zoekscript hoort in een eigen bestand`);
  for (const q of ['xqzplw', 'flurbo']) {
    await desktop.goto(`${url}/zoeken/?q=${q}`, { waitUntil: 'load' });
    const said = await desktop.locator('#zoekresultaten > p').first().textContent({ timeout: 10_000 }).catch(() => '');
    check(/^Niets gevonden/.test(said ?? ''), `/zoeken/?q=${q}: een woord dat nergens staat geeft toch resultaten: "${said}"`);
  }
  const word = 'wijkteam';
  await desktop.goto(`${url}/zoeken/?q=${word}`, { waitUntil: 'load' });
  await desktop.locator('#zoekresultaten > p').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const counts = await desktop.evaluate(() => {
    const total = Number(document.querySelector('#zoekresultaten > p')?.textContent?.match(/^(\d+)/)?.[1] ?? NaN);
    const groups = [...document.querySelectorAll('#zoekresultaten h2')].map((h) => Number(h.textContent?.match(/\((\d+)\)$/)?.[1] ?? NaN));
    const items = document.querySelectorAll('#zoekresultaten li').length;
    return { total, sum: groups.reduce((a, b) => a + b, 0), items };
  });
  if (counts.total > 0) check(counts.sum === counts.total && counts.items === counts.total, `/zoeken/?q=${word}: totaal ${counts.total}, per soort samen ${counts.sum}, getoond ${counts.items}`);

  // Favicon and touch targets (WCAG 2.2 target size, Lighthouse): citation download links at least 24 px high.
  await desktop.goto(url + '/', { waitUntil: 'load' });
  const icon = await desktop.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href);
  check(!!icon && (await desktop.request.get(icon)).ok(), `/: geen favicon (link rel="icon") of hij bestaat niet`);
  for (const path of ['/publicaties/', '/indicatoren/']) {
    await desktop.goto(url + path, { waitUntil: 'load' });
    const first = await desktop.evaluate(() => document.querySelector<HTMLAnchorElement>('main .card-list a, main table a')?.pathname);
    if (!first) continue;
    await desktop.goto(url + first, { waitUntil: 'load' });
    const small = await desktop.evaluate(() => [...document.querySelectorAll('.cite-block a')].map((a) => a.getBoundingClientRect()).filter((r) => r.height > 0 && r.height < 24).length);
    check(small === 0, `${first}: ${small} links in het citeerblok zijn lager dan 24 px`);
  }
  await phone.context().close();
  await desktop.context().close();
}
