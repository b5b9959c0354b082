// Validates all content and lists every problem at once, in Dutch; exits 1 when there is any.
// Runs before every build. Usage: npm run check  (CONTENT_DIR=… to check another content folder)
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblem, validateContent } from '../src/lib/validate/index.ts';

const { problems, entries } = await validateContent(contentDir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}. Los ze op en probeer het opnieuw.`);
  process.exit(1);
}
const count = [...entries.values()].reduce((n, m) => n + m.size, 0);
console.log(`Inhoud in orde: ${count} items in ${contentDir}/ gecontroleerd.`);
