/**
 * A few DOM helpers for render tests, on ultrahtml (the HTML parser Astro itself depends on),
 * so tests assert on elements, roles and text instead of on raw strings.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';

export type El = Node;

const decode = (s: string) =>
  s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');

export const dom = (html: string): El => parse(html);
/**
 * Elements matching a selector, in document order. ultrahtml's own matcher misses chains of more than
 * two compound selectors ("nav ol li"), so descendant steps are resolved here one at a time.
 * Only descendant combinators (spaces) are supported.
 */
export function $$(root: El, selector: string): El[] {
  let scopes: El[] = [root];
  for (const step of selector.trim().split(/\s+/)) {
    const seen = new Set<El>();
    scopes = scopes.flatMap((scope) => querySelectorAll(scope, step).filter((n: El) => n !== scope && !seen.has(n) && seen.add(n)));
  }
  return scopes;
}
export const $ = (root: El, selector: string): El | undefined => $$(root, selector)[0];

/** The text a reader sees (or a screen reader hears): decoded, whitespace collapsed. */
export function text(node: El | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: El) => {
    if (n.type === TEXT_NODE) parts.push(decode(n.value));
    else for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export const attr = (node: El | undefined, name: string): string | undefined => {
  const v = node && node.type === ELEMENT_NODE ? node.attributes[name] : undefined;
  return v === undefined ? undefined : decode(v);
};
export const texts = (root: El, selector: string) => $$(root, selector).map(text);
