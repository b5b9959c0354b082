import type { Root } from 'mdast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import remarkLint from 'remark-lint';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintNoDuplicateHeadings from 'remark-lint-no-duplicate-headings';
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url';
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import remarkRetext from 'remark-retext';
import retextDutch from 'retext-dutch';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { B1_LIMITS, type B1Kind, fleschDouma, syllables } from './readability.ts';

/** One prose warning: never stops the build. */
export interface ProseWarning { line?: number; column?: number; message: string }
/** Totals for the per-page summary. */
export interface ProseStats { sentences: number; words: number; syllables: number; score: number }

/** A retext plugin: the Dutch B1 rules (long sentences, very long words), and totals for Flesch-Douma. */
function retextB1(kind: B1Kind, glossary: ReadonlySet<string>) {
  const limits = B1_LIMITS[kind];
  return () => (tree: NlcstRoot, file: VFile) => {
    const stats = { sentences: 0, words: 0, syllables: 0 };
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const words = sentence.children.filter((c) => c.type === 'WordNode').map((w) => toString(w)).filter((w) => /\p{L}/u.test(w));
      if (!words.length) return;
      stats.sentences++;
      stats.words += words.length;
      for (const w of words) stats.syllables += syllables(w);
      if (words.length > limits.sentenceWords)
        file.message(`zin van ${words.length} woorden (B1: hoogstens ${limits.sentenceWords}); maak er twee zinnen van: „${toString(sentence).trim().split(/\s+/).slice(0, 7).join(' ')} …”`, { place: sentence.position, ruleId: 'b1-zinslengte' });
      for (const w of new Set(words))
        // Only words: an e-mail or web address is not a word to split; a glossary term is explained by its link.
        if ([...w].length > limits.wordLetters && /^[\p{L}’'-]+$/u.test(w) && !glossary.has(w.toLowerCase()))
          file.message(`lang woord „${w}” (${[...w].length} letters); splits het of leg het uit`, { place: sentence.position, ruleId: 'b1-woordlengte' });
    });
    file.data.b1 = stats;
  };
}

const DUTCH_LINT: Record<string, string> = {
  'heading-increment': 'een kopniveau wordt overgeslagen (bijvoorbeeld ## gevolgd door ####); neem het volgende niveau',
  'no-duplicate-headings': 'dit kopje staat er al; geef elk kopje een eigen tekst (het is ook het anker van de link)',
  'no-empty-url': 'deze link of afbeelding heeft geen adres',
  'no-undefined-references': 'deze verwijzing [zo] heeft geen adres eronder; voeg [zo]: https://… toe, of schrijf \\[ als u een gewone haak bedoelt',
};

/** A body heading of level 1 competes with the page title. */
function remarkNoBodyTitle() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) file.message('een kopje met één # is de titel van de pagina, en die staat er al; begin kopjes in de tekst met ##', { place: node.position, ruleId: 'kop-1' });
    });
  };
}

function messagesOf(file: VFile, offset: number): ProseWarning[] {
  return file.messages.map((m) => {
    const rule = m.ruleId ?? '';
    const message = m.source === 'retext-repeated-words' ? `herhaald woord „${String(m.actual ?? '').trim()}”; haal er een weg` : DUTCH_LINT[rule] ?? m.reason;
    return { line: m.line ? m.line + offset : undefined, column: m.column ?? undefined, message };
  });
}

const b1Stats = (file: VFile): ProseStats => {
  const s = (file.data.b1 ?? { sentences: 0, words: 0, syllables: 0 }) as Omit<ProseStats, 'score'>;
  return { ...s, score: fleschDouma(s.words, s.sentences, s.syllables) };
};

/**
 * Prose checks on a parsed body: lint rules that catch real mistakes, and B1 rules on the Dutch text.
 * `offset` is the number of lines before the body (the frontmatter).
 */
export async function checkProse(tree: Root, body: string, offset: number, glossary: ReadonlySet<string> = new Set()): Promise<{ warnings: ProseWarning[]; stats: ProseStats }> {
  // The text itself: the retext bridge needs it to place sentences on their lines.
  const file = new VFile(body);
  const lint = unified()
    .use(remarkLint)
    .use(remarkLintHeadingIncrement)
    .use(remarkLintNoDuplicateHeadings)
    .use(remarkLintNoEmptyUrl)
    .use(remarkLintNoUndefinedReferences)
    .use(remarkNoBodyTitle)
    .use(remarkRetext, unified().use(retextDutch).use(retextRepeatedWords).use(retextB1('tekst', glossary)) as never);
  await lint.run(structuredClone(tree), file);
  return { warnings: messagesOf(file, offset), stats: b1Stats(file) };
}

/** B1 rules on a summary (`samenvatting`), which is held to stricter limits than body text. */
export async function checkSummary(text: string, glossary: ReadonlySet<string> = new Set()): Promise<{ warnings: ProseWarning[]; stats: ProseStats }> {
  const file = new VFile(text);
  const processor = unified().use(retextDutch).use(retextRepeatedWords).use(retextB1('samenvatting', glossary));
  await processor.run(processor.parse(file), file);
  return { warnings: messagesOf(file, 0).map(({ message }) => ({ message })), stats: b1Stats(file) };
}
