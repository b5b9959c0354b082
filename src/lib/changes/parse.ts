import { isSyntaxProblem, parseFrontmatter, parseJson } from '../validate/parse.ts';

/** Collections whose history is read: the ones that produce changes, plus those that give names. */
export const TRACKED_COLLECTIONS = ['ketens', 'verandertheorie', 'indicatoren', 'verhalen', 'publicaties', 'aanbevelingen', 'gemeenten'] as const;
const FRONTMATTER = new Set(['ketens', 'verhalen', 'publicaties']);

/**
 * The snapshot key of a file, given its path relative to the content folder (`indicatoren/x.json` →
 * `indicatoren/x`; `site.json` → `site`), or undefined when the file does not matter for changes.
 */
export function snapshotKey(relativePath: string): string | undefined {
  const path = relativePath.replace(/\\/g, '/');
  if (path === 'site.json') return 'site';
  const slash = path.indexOf('/');
  if (slash < 0) return undefined;
  const collection = path.slice(0, slash);
  if (!(TRACKED_COLLECTIONS as readonly string[]).includes(collection)) return undefined;
  const rest = path.slice(slash + 1);
  const ext = FRONTMATTER.has(collection) ? /\.mdx?$/ : /\.json$/;
  if (!ext.test(rest)) return undefined;
  return `${collection}/${rest.replace(ext, '')}`;
}

/**
 * The data of one file: JSON, or the YAML frontmatter of a .md/.mdx file. Undefined when the text cannot
 * be read (such a version never reached the site: the content check stops the build).
 */
export function parseContentFile(relativePath: string, text: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = /\.json$/.test(relativePath) ? parseJson(source) : parseFrontmatter(source);
  if (isSyntaxProblem(parsed)) return undefined;
  return parsed.data && typeof parsed.data === 'object' ? parsed.data : undefined;
}
