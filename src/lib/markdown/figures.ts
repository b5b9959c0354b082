/** Indicator ids of the figures a text places itself (::figuur{indicator="…"} or <Figuur indicator="…" />). */
export function placedFigures(body: string): string[] {
  const ids = [...body.matchAll(/^\s*(?:::figuur\{[^}]*?\bindicator="([^"]+)"|<Figuur\b[^>]*?\bindicator="([^"]+)")/gm)].map((m) => (m[1] ?? m[2])!);
  return [...new Set(ids)];
}
