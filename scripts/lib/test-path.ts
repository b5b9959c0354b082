// Which tests a commit needs. A change that touches only content/ (a data commit) takes the fast path: the
// content check, the build, the URL manifest and the browser checks on the pages that changed plus the home and
// keten pages. Any other change (code, tests, dependencies, configuration) takes the full path.

export type TestPath =
  | { path: 'volledig'; reason: string }
  | { path: 'snel'; reason: string; pages: string[] | 'alle' };

// Content folders whose items have a page of their own at /<folder>/<id>/.
const OWN_PAGE = new Set(['ketens', 'indicatoren', 'verhalen', 'publicaties', 'trajecten', 'gemeenten', 'kaders']);

/** The reader pages a changed content file shows up on, or 'alle' when it can change any page. */
export function pagesFor(file: string): string[] | 'alle' {
  const [, folder, name] = file.match(/^content\/(?:([^/]+)\/)?([^/]+)$/) ?? [];
  if (!name) return 'alle';
  const id = name.replace(/\.(mdx?|json)$/, '');
  if (!folder) return 'alle'; // site.json, bronnen.json, organisaties.json, omleidingen.json: used across the site
  if (OWN_PAGE.has(folder)) {
    const pages = [`/${folder}/`, `/${folder}/${id}/`];
    if (folder === 'indicatoren') pages.push('/data/');
    return pages;
  }
  if (folder === 'verandertheorie') return [`/ketens/${id}/`];
  if (folder === 'aanbevelingen') return ['/aanbevelingen/', `/publicaties/${id}/`];
  if (folder === 'paginas') return [`/${id}/`];
  return 'alle'; // begrippen (glossary links on every page) and anything new
}

/**
 * Chooses the path for a list of changed files (paths relative to the repository root, as `git diff
 * --name-only` gives them). `ketenPages` are the keten pages that the fast path always checks.
 */
export function chooseTestPath(changed: string[], ketenPages: string[]): TestPath {
  if (changed.length === 0) return { path: 'volledig', reason: 'geen wijzigingen gevonden; voor de zekerheid alles' };
  const code = changed.filter((f) => !f.startsWith('content/'));
  if (code.length) return { path: 'volledig', reason: `niet alleen inhoud gewijzigd (${code.slice(0, 3).join(', ')}${code.length > 3 ? ', …' : ''})` };
  const pages = new Set(['/', '/ketens/', ...ketenPages]);
  for (const file of changed) {
    const more = pagesFor(file);
    if (more === 'alle') return { path: 'snel', reason: `alleen inhoud gewijzigd; ${file} kan elke pagina raken`, pages: 'alle' };
    more.forEach((p) => pages.add(p));
  }
  return { path: 'snel', reason: `alleen inhoud gewijzigd (${changed.length} bestand${changed.length === 1 ? '' : 'en'})`, pages: [...pages].sort() };
}

/** Tests a step's output reports: vitest's "Tests  N passed", our checks' "N passed, N failed". */
export function countTests(output: string): { passed: number; failed: number } | undefined {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const vitest = plain.match(/^\s*Tests\s+(?:(\d+) failed\s*\|\s*)?(\d+) passed/m);
  if (vitest) return { passed: Number(vitest[2]), failed: Number(vitest[1] ?? 0) };
  const ours = [...plain.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  return ours ? { passed: Number(ours[1]), failed: Number(ours[2]) } : undefined;
}
