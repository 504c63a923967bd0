import colourJson from '@fontsource/noto-color-emoji/unicode.json';
import outlineJson from '@fontsource/noto-emoji/unicode.json';
import { EMOJI_FONT_FAMILY } from './logic/theme';
import { pictographRange } from './logic/emoji-ranges';

/** A font's subset files by path, and each subset's unicode-range by its number ('[3]'). */
interface EmojiFont {
  urls: Readonly<Record<string, string>>;
  ranges: Readonly<Record<string, string>>;
}

/** Noto Color Emoji: colour glyphs (COLRv1). */
const COLOUR: EmojiFont = {
  urls: import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-color-emoji/files/noto-color-emoji-*-400-normal.woff2',
    { query: '?url', import: 'default', eager: true },
  ),
  ranges: colourJson,
};
/** Noto Emoji: the same emoji as outlines, drawn in the text's colour by any browser. */
const OUTLINE: EmojiFont = {
  urls: import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-*-400-normal.woff2',
    { query: '?url', import: 'default', eager: true },
  ),
  ranges: outlineJson,
};

/** Adds a face for each subset of the font (pictographs only) and returns them. */
function addFaces({ urls, ranges }: EmojiFont): FontFace[] {
  return Object.entries(urls).flatMap(([path, url]) => {
    const subset = /-(\d+)-400-normal\.woff2$/.exec(path)?.[1];
    const range = subset === undefined ? '' : pictographRange(ranges[`[${subset}]`] ?? '');
    if (range === '') return [];
    const face = new FontFace(EMOJI_FONT_FAMILY, `url(${url}) format('woff2')`, {
      display: 'swap',
      unicodeRange: range,
    });
    document.fonts.add(face);
    return [face];
  });
}

/** The first character a face's unicode-range holds ('U+1F525-1F52A, …' gives '🔥'). */
function firstCharacter(face: FontFace): string {
  const start = /U\+([0-9a-f]+)/i.exec(face.unicodeRange)?.[1];
  return start === undefined ? '' : String.fromCodePoint(Number.parseInt(start, 16));
}

/** Whether the loaded face draws anything: a browser without COLRv1 drew colour emoji blank. */
function draws(face: FontFace): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 32;
  canvas.height = 32;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const character = firstCharacter(face);
  if (context === null || character === '') return true;
  context.font = `24px "${EMOJI_FONT_FAMILY}"`;
  context.fillText(character, 2, 26);
  const { data } = context.getImageData(0, 0, 32, 32);
  for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] > 0) return true;
  return false;
}

/**
 * Emoji in product names, talking points and comments are drawn with the bundled Noto Color
 * Emoji, served from the app: a Linux machine without an emoji font drew empty boxes for them.
 * Each subset file is a face of its own that Chromium loads only when a character of its range
 * shows; named before system-ui (as the Thai font) with pictographs only in its range. The first
 * time a colour face loads it is drawn once off screen: a browser that reads COLRv1 but cannot
 * paint it (Debian's Chromium, on its system FreeType) drew every emoji blank, so there the
 * colour faces give way to Noto Emoji's outlines.
 */
export function addEmojiFont(): void {
  const colour = addFaces(COLOUR);
  const check = (event: FontFaceSetLoadEvent) => {
    const loaded = event.fontfaces.find((face) => colour.includes(face));
    if (loaded === undefined) return;
    document.fonts.removeEventListener('loadingdone', check);
    if (draws(loaded)) return;
    for (const face of colour) document.fonts.delete(face);
    addFaces(OUTLINE);
  };
  document.fonts.addEventListener('loadingdone', check);
}
