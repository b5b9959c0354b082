/** Text in a chart: SVG does not wrap, so every chart wraps its labels here, by an average character width. */

/** Greedy word wrap by an average character width; long words are cut. */
export function wrap(text: string, maxChars: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let current = '';
  let cut = false;
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) current = candidate;
    else {
      if (current) lines.push(current);
      cut ||= word.length > maxChars;
      current = word.length > maxChars ? word.slice(0, maxChars - 1) + '…' : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: cut };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1]!.replace(/\s*\S*$/, '') + ' …';
  return { lines: kept, truncated: true };
}
