import unicodeJson from '@fontsource/noto-color-emoji/unicode.json';
import { EMOJI_FONT_FAMILY } from './logic/theme';
import { pictographRange } from './logic/emoji-ranges';

/** Noto Color Emoji's unicode-range of each subset, by its number in brackets ('[3]'). */
const subsetRanges: Readonly<Record<string, string>> = unicodeJson;
/** Noto Color Emoji's subset files (noto-color-emoji-3-400-normal.woff2 is subset '[3]'). */
const SUBSET_URLS = import.meta.glob<string>(
  '../../../../node_modules/@fontsource/noto-color-emoji/files/noto-color-emoji-*-400-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

/**
 * Emoji in product names, talking points and comments are drawn with the bundled Noto Color
 * Emoji, served from the app: a Linux machine without an emoji font drew empty boxes for them.
 * Each subset file is a face of its own that Chromium loads only when a character of its range
 * shows; named before system-ui (as the Thai font) with pictographs only in its range.
 */
export function addEmojiFont(): void {
  for (const [path, url] of Object.entries(SUBSET_URLS)) {
    const subset = /noto-color-emoji-(\d+)-400-normal/.exec(path)?.[1];
    const range = subset === undefined ? '' : pictographRange(subsetRanges[`[${subset}]`] ?? '');
    if (range === '') continue;
    document.fonts.add(
      new FontFace(EMOJI_FONT_FAMILY, `url(${url}) format('woff2')`, {
        display: 'swap',
        unicodeRange: range,
      }),
    );
  }
}
