/**
 * Dutch readability, pure functions. Flesch-Douma (Douma 1960, the Dutch adaptation of Flesch's Reading Ease):
 * 206.835 − 0.93 × words per sentence − 77 × syllables per word. Around 60 and up reads as plain language (B1);
 * below 30 is hard.
 */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (!words || !sentences) return 100;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

// A Dutch syllable has one vowel group; "ij" and "y" count as vowels, diphthongs (ei, ou, ui, aai, ieu) as one group.
const VOWEL_GROUPS = /(?:ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+/gi;

/** Syllables in a Dutch word, by vowel groups: close enough for a readability score. */
export function syllables(word: string): number {
  return Math.max(1, word.match(VOWEL_GROUPS)?.length ?? 0);
}

/** Limits for B1 text; summaries are held to the stricter ones. */
export const B1_LIMITS = {
  tekst: { sentenceWords: 25, wordLetters: 22, fleschDouma: 50 },
  samenvatting: { sentenceWords: 20, wordLetters: 20, fleschDouma: 60 },
} as const;
export type B1Kind = keyof typeof B1_LIMITS;
