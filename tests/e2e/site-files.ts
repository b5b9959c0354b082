import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file of a built site, relative to its root, with forward slashes. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [relative(root, full).split('\\').join('/')];
  });
}

/** The URL path of a built HTML file: `ketens/x/index.html` → `/ketens/x/`. */
export const urlOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1').replace(/^\//, '');

export const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

/** Visible prose of an HTML document: without scripts, styles, comments, code examples and tags. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<pre[\s\S]*?<\/pre>/gi, ' ')
    .replace(/<code[\s\S]*?<\/code>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Attribute values of every `<tag attr="…">` in an HTML string. */
export function attributeValues(html: string, attr: string): string[] {
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * What is wrong with a `data:` link (the citation downloads), or undefined: it must name a media type, decode as
 * percent-encoded UTF-8, and hold text without the traces of a broken value.
 */
export function dataLinkProblem(href: string): string | undefined {
  const m = /^data:([a-z]+\/[\w.+-]+)(;charset=utf-8)?,(.*)$/s.exec(href);
  if (!m) return 'geen mediatype en tekst (data:<type>;charset=utf-8,<tekst>)';
  let text: string;
  try {
    text = decodeURIComponent(m[3]!);
  } catch {
    return 'de tekst is niet goed gecodeerd (procent-codering)';
  }
  if (!text.trim()) return 'het bestand is leeg';
  const bad = /\b(undefined|NaN)\b|\[object Object\]/.exec(text);
  return bad ? `het bestand bevat "${bad[0]}"` : undefined;
}
