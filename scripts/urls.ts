// Checks or updates the manifest of published URLs (tests/urls.txt) against a built site.
// A URL once published must stay: a page that moves gets an entry in content/omleidingen.json.
//   npm run urls -- check <dist>   fails when a URL of the manifest is missing in the build
//   npm run urls -- bijwerken <dist>   writes the manifest from the build (after adding pages)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compareUrls, publishedUrls } from '../src/lib/urls.ts';
import { listFiles } from '../tests/e2e/site-files.ts';

const [mode = 'check', dist = 'dist'] = process.argv.slice(2);
const MANIFEST = 'tests/urls.txt';
if (!existsSync(dist)) {
  console.error(`Geen gebouwde site in ${dist}/. Draai eerst npm run build.`);
  process.exit(2);
}
const built = publishedUrls(listFiles(dist));
if (mode === 'bijwerken') {
  writeFileSync(MANIFEST, built.join('\n') + '\n');
  console.log(`${MANIFEST} bijgewerkt: ${built.length} adressen.`);
  process.exit(0);
}
const manifest = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8').split('\n').filter(Boolean) : [];
const { dropped, added } = compareUrls(manifest, built);
for (const url of dropped) console.log(`  FOUT ${url} is gepubliceerd geweest maar bestaat niet meer. Zet in content/omleidingen.json een omleiding van ${url} naar het nieuwe adres.`);
if (added.length) console.log(`  ${added.length} nieuwe adressen staan nog niet in ${MANIFEST}; voeg ze toe met: npm run build && npm run urls -- bijwerken`);
console.log(`${manifest.length - dropped.length} passed, ${dropped.length} failed`);
process.exit(dropped.length ? 1 : 0);
