/** Whether the text contains one of the words (case-insensitive, anywhere, also inside CJK). */
export function containsAny(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word.toLowerCase()));
}
