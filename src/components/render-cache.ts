/**
 * HTML rendered once per build and reused: an indicator's figure stands on its own page and on its keten page,
 * and drawing it (SVG and table) is the larger part of rendering both. Keys must name everything the HTML
 * depends on. Only in a production build: in `astro dev` content changes between requests.
 */
export function htmlCache(enabled: boolean) {
  const cache = new Map<string, Promise<string>>();
  return (key: string, render: () => Promise<string>): Promise<string> => {
    if (!enabled) return render();
    let html = cache.get(key);
    if (!html) cache.set(key, (html = render()));
    return html;
  };
}

export const cachedHtml = htmlCache(import.meta.env.PROD);
