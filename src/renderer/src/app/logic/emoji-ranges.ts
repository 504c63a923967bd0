/**
 * The part of a Noto Color Emoji subset's unicode-range that the app draws in colour: pictographs
 * from U+2600 up, with the joiner, the variation selector, the keycap mark and the flag tags that
 * their sequences need. Digits, '#', '*', '©', '®', '™' and arrows are in the font's ranges too,
 * for keycaps and text symbols, but the app's figures and words keep the text font.
 */
const JOINERS = new Set([0x200d, 0x20e3, 0xfe0f]);
const FIRST_PICTOGRAPH = 0x2600;

export function pictographRange(unicodeRange: string): string {
  return unicodeRange
    .split(',')
    .map((token) => token.trim())
    .filter((token) => {
      const first = Number.parseInt(token.replace(/^U\+/i, '').split('-')[0], 16);
      return first >= FIRST_PICTOGRAPH || JOINERS.has(first);
    })
    .join(',');
}
