// Handing built pages to the search indexer while the build goes on: in a fixed order, with only what it reads.

/** Elements whose text Pagefind runs into the text after them ("<dt>Ketens</dt><dd>Wmo" is indexed as "KetensWmo"). */
const GLUED = /<\/(?:dt|dd|th|caption|figcaption|summary|label|blockquote|details)>/g;

/** A space after each of those elements, so Pagefind indexes and shows their words apart; the page itself is unchanged. */
export const separateWords = (html: string): string => html.replace(GLUED, '$& ');

/** An opening tag that tells Pagefind to skip the element. */
const IGNORED = /\bdata-pagefind-ignore\b/;

/** A kind of element Pagefind skips: drawings always, the others when marked data-pagefind-ignore. */
interface Skippable { open: Buffer; close: Buffer; marked: boolean }
const kind = (name: string, marked: boolean): Skippable => ({ open: Buffer.from(`<${name}`), close: Buffer.from(`</${name}>`), marked });
/**
 * Drawings (Pagefind does not index SVG), and what a figure marks as not to index: its data table, and the drawing,
 * notes and source around it (src/components/figures/IndicatorFigureBody.astro).
 */
const SKIPPABLE = [kind('svg', false), kind('table', true), kind('div', true), kind('details', true)];

/** Where the next tag `open` (a whole tag name) starts at or after `from`, -1 when there is none. */
function nextTag(page: Buffer, open: Buffer, from: number): number {
  for (let at = page.indexOf(open, from); at >= 0; at = page.indexOf(open, at + 1)) {
    const after = page[at + open.length];
    // A whole tag name: "<svg " or "<svg>", never "<svgx".
    if (after === undefined || !/\w/.test(String.fromCharCode(after))) return at;
  }
  return -1;
}

/** Where the next element of this kind that Pagefind skips starts at or after `from`, -1 when there is none. */
function nextSkippable(page: Buffer, k: Skippable, from: number): number {
  for (let at = nextTag(page, k.open, from); at >= 0; at = nextTag(page, k.open, at + 1)) {
    if (!k.marked) return at;
    const tagEnd = page.indexOf('>', at);
    if (IGNORED.test(page.toString('latin1', at, tagEnd < 0 ? page.length : tagEnd))) return at;
  }
  return -1;
}

/** Where the element opened at `start` ends (after its closing tag), counting elements of its kind inside it; -1 when unclosed. */
function endOf(page: Buffer, k: Skippable, start: number): number {
  let depth = 1;
  let from = start + k.open.length;
  for (;;) {
    const close = page.indexOf(k.close, from);
    if (close < 0) return -1;
    const open = nextTag(page, k.open, from);
    if (open >= 0 && open < close) {
      depth++;
      from = open + k.open.length;
      continue;
    }
    if (--depth === 0) return close + k.close.length;
    from = close + k.close.length;
  }
}

/** The parts of a page Pagefind skips, from `from` on, as [start, end) byte ranges, in order and not overlapping. */
function* skippedParts(page: Buffer, from: number): Generator<[number, number]> {
  const next = SKIPPABLE.map((k) => nextSkippable(page, k, from));
  for (;;) {
    let i = -1;
    next.forEach((at, n) => { if (at >= 0 && (i < 0 || at < next[i]!)) i = n; });
    if (i < 0) return;
    const start = next[i]!;
    const end = endOf(page, SKIPPABLE[i]!, start);
    if (end < 0) {
      // Not closed: kept as it is (Pagefind still skips it), and so is every later one of its kind, which lies inside it.
      next[i] = -1;
      continue;
    }
    yield [start, end];
    // Whatever started inside the skipped part went with it.
    next.forEach((at, n) => { if (at >= 0 && at < end) next[n] = nextSkippable(page, SKIPPABLE[n]!, end); });
  }
}

/** The text of page[from, to) without the parts Pagefind skips. Cut only at "<", never inside a character. */
function withoutSkipped(page: Buffer, from: number, to: number): string {
  const kept: string[] = [];
  let at = from;
  for (const [start, end] of skippedParts(page, from)) {
    if (start >= to) break;
    kept.push(page.toString('utf8', at, start));
    at = Math.min(end, to);
  }
  kept.push(page.toString('utf8', at, to));
  return kept.join('');
}

const HEAD = Buffer.from('<head');
const HEAD_END = Buffer.from('</head>');
const MAIN = Buffer.from('<main');
const MAIN_END = Buffer.from('</main>');
/** What Pagefind reads in <head>: the title, and tags that give a filter, meta or sort (data-pagefind-…). */
const HEAD_TAGS = /<title>[\s\S]*?<\/title>|<[a-z]+\b[^>]*\bdata-pagefind-[^>]*>/g;

/**
 * A built page as Pagefind should read it: only what it reads, and with words that the page's markup runs together
 * kept apart. The site's pages mark <main> as the part to index (data-pagefind-body), so that goes, with the title
 * and the filter tags of <head>; in it, drawings (Pagefind does not index SVG) and what the page marks
 * data-pagefind-ignore (a figure's drawing, table, notes and source) are left out. A keten page is then a small part
 * of its size, so there is far less to send and parse; the index is the same (a unit test runs Pagefind on both). A
 * page without one <main> after its <head> goes whole, less those parts. Only the kept parts are decoded: the page
 * comes as bytes, and decoding all of it cost more than the rest of this together.
 */
export function searchableHtml(bytes: Uint8Array): string {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = nextTag(page, HEAD, 0);
  const headEnd = page.indexOf(HEAD_END);
  const main = nextTag(page, MAIN, 0);
  const mainEnd = main >= 0 ? page.indexOf(MAIN_END, main) : -1;
  if (head < 0 || headEnd < head || main < headEnd || mainEnd < 0) return separateWords(withoutSkipped(page, 0, page.length));
  // "<!DOCTYPE html><html lang=…>" as it is: Pagefind may read the language there.
  const before = page.toString('utf8', 0, head);
  const headTags = page.toString('utf8', head, headEnd).match(HEAD_TAGS)?.join('') ?? '';
  const body = withoutSkipped(page, main, mainEnd + MAIN_END.length);
  return separateWords(`${before}<head>${headTags}</head><body>${body}</body></html>`);
}

/**
 * Hands items to `send` in the order their turns were taken, however late each item arrives: `turn()` claims the
 * next place and returns the function that fills it (with `undefined` for nothing to send). `room()` settles once
 * fewer than `maxPending` items are filled but not yet answered, so a producer that waits for it never runs more
 * than that far ahead of the receiver (memory stays bounded however slow the receiver is). `done()` settles when
 * every claimed place is filled and every send has settled, with the number sent; it rejects with the first
 * failed send.
 */
export function orderedFeed<T>(send: (item: T) => Promise<void>, maxPending = Infinity) {
  let last: Promise<void> = Promise.resolve();
  const sent: Promise<void>[] = [];
  let pending = 0;
  const waiting: (() => void)[] = [];
  const answered = () => {
    pending--;
    while (pending < maxPending && waiting.length) waiting.shift()!();
  };
  // Caught at once and reported by done(): a rejection nobody awaits yet would stop Node with a stack trace.
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => void (failure ??= { error });
  return {
    turn(): (item: T | undefined) => void {
      let fill!: (item: T | undefined) => void;
      const arrived = new Promise<T | undefined>((resolve) => (fill = resolve));
      const before = last;
      // Sent as soon as the place before it has been sent: the receiver gets them in order and may work on
      // several at once; the answers are awaited in done().
      last = before.then(() => arrived).then((item) => {
        if (item === undefined) return;
        try {
          sent.push(send(item).catch(fail).finally(answered));
        } catch (error) {
          fail(error);
          answered();
        }
      });
      return (item) => {
        if (item !== undefined) pending++;
        fill(item);
      };
    },
    room(): Promise<void> {
      return pending < maxPending ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    async done(): Promise<number> {
      await last;
      await Promise.all(sent);
      if (failure) throw failure.error;
      return sent.length;
    },
  };
}
