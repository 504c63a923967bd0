import thaiFontUrl from '@fontsource-variable/noto-sans-thai/files/noto-sans-thai-thai-wght-normal.woff2?url';
import { THAI_FONT_FAMILY } from './logic/theme';

/**
 * Viewers' Thai comments are drawn with the bundled Noto Sans Thai, served from the app. It is
 * named before system-ui because Chromium on Linux draws empty boxes for Thai in system-ui rather
 * than falling back to the next family; its range holds only Thai, so nothing else changes font.
 */
export function addThaiFont(): void {
  document.fonts.add(
    new FontFace(THAI_FONT_FAMILY, `url(${thaiFontUrl}) format('woff2-variations')`, {
      weight: '100 900',
      display: 'swap',
      unicodeRange: 'U+02D7, U+0303, U+0331, U+0E01-0E5B, U+200C-200D, U+25CC',
    }),
  );
}
