// Charts and the verandertheorie diagram as a reader sees them: at 375, 700 and 1280 px no chart text renders below
// 12 px; at 375 px nothing scrolls sideways; at every width where the diagram shows, no arrow runs through a box.
import type { Page } from 'playwright-core';

/** Widths at which the diagram is drawn (the medium layout, 40–62rem, and the wide one); chart text is checked there too. */
const DIAGRAM_WIDTHS = [700, 1280];
const PHONE = 375;
const MIN_TEXT_PX = 12;

/**
 * Failure messages (Dutch) for the page `path`, already loaded in `page`. The page is resized to each width
 * instead of loaded again: the site runs no script, so its layout at a width does not depend on how it got there.
 * Leaves the page at the last diagram width.
 */
export async function checkChartsOnPage(page: Page, path: string): Promise<string[]> {
  const failures: string[] = [];
  const checkTextSize = async (width: number) => {
    const small = await page.evaluate(smallText, MIN_TEXT_PX);
    if (small.length) failures.push(`${path}: bij ${width} px is SVG-tekst kleiner dan ${MIN_TEXT_PX} px: ${small.slice(0, 3).join('; ')}${small.length > 3 ? ` (en ${small.length - 3} meer)` : ''}`);
  };
  await page.setViewportSize({ width: PHONE, height: 800 });
  await checkTextSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) failures.push(`${path}: bij ${PHONE} px schuift de pagina ${overflow} px horizontaal`);
  for (const width of DIAGRAM_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Wider screens too: the keten figures stand two to a row from 64rem, each chart in a column of its own.
    await checkTextSize(width);
    const result = await page.evaluate(arrowsThroughBoxes);
    if (result.diagrams > 0 && result.arrows === 0) failures.push(`${path}: bij ${width} px heeft het schema geen pijlen`);
    for (const hit of result.hits.slice(0, 3)) failures.push(`${path}: bij ${width} px loopt een pijl door een vak: ${hit}`);
  }
  return failures;
}

/** In the page: visible SVG text whose font size times the SVG's scale is below `min` CSS pixels. */
function smallText(min: number): string[] {
  const out: string[] = [];
  for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
    const svg = t.ownerSVGElement;
    if (!svg || t.getClientRects().length === 0 || !t.textContent?.trim()) continue; // not shown
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
    if (px < min - 0.05) out.push(`"${t.textContent.trim().slice(0, 30)}" ${px.toFixed(1)} px (${svg.getAttribute('class')})`);
  }
  return out;
}

/** In the page: every visible diagram arrow, sampled each unit along its length, against every box. */
function arrowsThroughBoxes(): { diagrams: number; arrows: number; hits: string[] } {
  const hits: string[] = [];
  let diagrams = 0;
  let arrows = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.theory-diagram__svg')) {
    if (svg.getClientRects().length === 0) continue;
    diagrams++;
    const boxes = [...svg.querySelectorAll<SVGRectElement>('rect[data-node]')].map((r) => ({ id: r.dataset.node!, box: r.getBoundingClientRect() }));
    for (const path of svg.querySelectorAll<SVGPathElement>('path.theory-diagram__edge')) {
      arrows++;
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let l = 0; l <= length; l += 1) {
        const p = path.getPointAtLength(l);
        const [x, y] = [ctm.a * p.x + ctm.c * p.y + ctm.e, ctm.b * p.x + ctm.d * p.y + ctm.f];
        const hit = boxes.find(({ box }) => x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1);
        if (hit) {
          hits.push(`${path.dataset.from} → ${path.dataset.to} door "${hit.id}"`);
          break;
        }
      }
    }
  }
  return { diagrams, arrows, hits };
}
