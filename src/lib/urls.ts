/** Published URLs: which ones a build lost or gained compared with the committed manifest. */
export function compareUrls(manifest: readonly string[], built: readonly string[]): { dropped: string[]; added: string[] } {
  const b = new Set(built);
  const m = new Set(manifest);
  return { dropped: manifest.filter((u) => !b.has(u)), added: built.filter((u) => !m.has(u)) };
}

/**
 * The URLs a reader or researcher can link to, from the list of built files:
 * pages (as /path/), data downloads and the feed. Assets, the search index and the editor (/admin/) are not URLs to keep.
 */
export function publishedUrls(files: readonly string[]): string[] {
  return files
    .filter((f) => !f.startsWith('admin/'))
    .filter((f) => (f.endsWith('.html') && f !== '404.html') || /^data\/.+\.(csv|json)$/.test(f) || f === 'feed.xml')
    .map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
