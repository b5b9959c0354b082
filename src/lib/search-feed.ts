// Handing built pages to the search indexer while the build goes on: in a fixed order, with only what it reads.

const DRAWING = /<svg\b[\s\S]*?<\/svg>/g;
const FIGURE_TABLE = /<table\b[^>]*\bdata-pagefind-ignore\b[\s\S]*?<\/table>/g;

/** Elements whose text Pagefind runs into the text after them ("<dt>Ketens</dt><dd>Wmo" is indexed as "KetensWmo"). */
const GLUED = /<\/(?:dt|dd|th|caption|figcaption|summary|label|blockquote|details)>/g;

/** A space after each of those elements, so Pagefind indexes and shows their words apart; the page itself is unchanged. */
export const separateWords = (html: string): string => html.replace(GLUED, '$& ');

/**
 * A page as Pagefind should read it: without what it skips anyway, drawings (Pagefind does not index SVG) and the
 * figures' data tables (data-pagefind-ignore), and with words that the page's markup runs together kept apart. A keten
 * page is then about a quarter of its size, so there is far less to send and parse; leaving out drawings and tables
 * does not change the index (a unit test runs Pagefind on both). Figure tables hold no nested tables.
 */
export function searchableHtml(html: string): string {
  return separateWords(html.replace(DRAWING, '').replace(FIGURE_TABLE, ''));
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
