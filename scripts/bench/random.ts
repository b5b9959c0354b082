/**
 * A seeded pseudo-random source (mulberry32), so the same flags always give the same synthetic site.
 * No Math.random and no clock anywhere in the benchmark's content.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** n distinct items of a list (fewer when the list is shorter), in list order. */
  sample<T>(list: readonly T[], n: number): T[];
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (!list.length) throw new Error('pick uit een lege lijst');
    return list[Math.floor(next() * list.length)]!;
  };
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, Math.max(0, n)).sort((a, b) => a - b).map((i) => list[i]!);
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

/** A stable seed from a text, so each kind of item draws from its own stream (adding stories does not change indicators). */
export function seedOf(text: string, base = 20250101): number {
  let h = base ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
