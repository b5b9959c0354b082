// Validates all content and lists every problem at once, in Dutch; exits 1 when there is any.
// Also prints prose warnings (B1 and Markdown mistakes) with a readability summary per page; warnings never fail.
// Runs before every build (without the prose warnings). Usage: npm run check  (CONTENT_DIR=… to check another content folder)
import { contentDir } from '../src/lib/content-dir.ts';
import { B1_LIMITS } from '../src/lib/markdown/readability.ts';
import { formatProblem, validateContent } from '../src/lib/validate/index.ts';
import { referenceDate } from '../src/lib/validate/reference-date.ts';

const { problems, entries, warnings, prose } = await validateContent(contentDir, process.cwd(), { prose: true, referenceDate: referenceDate(contentDir) });

if (warnings.length || [...prose.values()].some((s) => s.score < B1_LIMITS.tekst.fleschDouma)) {
  console.log('Waarschuwingen over de tekst (de site wordt wel gebouwd; zie het redactiehandboek, "Schrijven op B1"):');
  for (const w of warnings) console.log(`  ${formatProblem(w)}`);
  console.log('\nLeesbaarheid per pagina (Flesch-Douma: 60 of hoger is B1, onder 30 is moeilijk):');
  const one = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  const files = new Set(warnings.map((w) => w.file));
  for (const [file, s] of [...prose].sort((a, b) => a[1].score - b[1].score))
    if (files.has(file) || s.score < B1_LIMITS.tekst.fleschDouma)
      console.log(`  ${file}: ${Math.round(s.score)} (${s.sentences} ${s.sentences === 1 ? 'zin' : 'zinnen'}, gemiddeld ${one(s.words / s.sentences)} woorden per zin, ${warnings.filter((w) => w.file === file).length} waarschuwingen)`);
  console.log('');
}

if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}. Los ze op en probeer het opnieuw.`);
  process.exit(1);
}
const count = [...entries.values()].reduce((n, m) => n + m.size, 0);
console.log(`Inhoud in orde: ${count} items in ${contentDir}/ gecontroleerd${warnings.length ? `, met ${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'} over de tekst` : ''}.`);
