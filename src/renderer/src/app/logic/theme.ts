import {
  createTheme,
  Notification,
  Progress,
  ProgressRoot,
  type CSSVariablesResolver,
} from '@mantine/core';

/** The family the theme names first, so that Thai characters (and only they) use it (thai-font.ts). */
export const THAI_FONT_FAMILY = 'Showdesk Thai';
/** The family of the bundled colour emoji (emoji-font.ts), named before system-ui for pictographs. */
export const EMOJI_FONT_FAMILY = 'Showdesk Emoji';

/**
 * Dark by default, light when chosen in the header (ColorSchemeSwitch). Filled buttons use shade 8 (light scheme) or 9 (dark scheme) so white labels
 * keep at least 4.5:1 contrast (blue.9 on white text is 6.1:1, red.9 is 5.5:1), and dimmed text
 * uses dark.1 because the default dark.2 is only 4.0:1 on the dark body; error text uses red.5
 * (4.9:1 on inputs) instead of red.8 (3.0:1). A notification's text under its title uses the
 * same readable grey (Mantine's dark.2 on the notification is about 3.5:1, gray.6 on white 3.3:1).
 * Chinese, Thai (viewers' comments) and emoji are drawn with the bundled Noto Sans SC, Noto Sans
 * Thai and Noto Color Emoji (main.tsx adds them; served from the app, never fetched from the
 * network), so they render on machines without CJK, Thai or emoji fonts. A progress bar shows
 * its value at once, with no width transition: a stock bar changes with every frame's orders, and
 * Mantine's 100 ms transition restyled and laid out its card again in each frame (before the
 * frame's own layout) and drew a figure already passed. Neither a bar nor its sections clip their
 * overflow (Mantine's `overflow: hidden` is for a section's label, which none has, and the corners
 * a section rounds itself): Chromium builds the page's compositor layers again, a walk of all its
 * paint chunks (PaintArtifactCompositor::Update), whenever a clip or a chunk's bounds change, and
 * the section's own clip and the chunk of what the track clipped were both as wide as the bar's
 * value, so every frame that moved a stock bar did that work where a repaint of the bar does.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 9 },
  defaultRadius: 'sm',
  fontFamily: `"${THAI_FONT_FAMILY}", "${EMOJI_FONT_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC Variable", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`,
  components: {
    Notification: Notification.extend({
      styles: { description: { color: 'var(--showdesk-notification-text)' } },
    }),
    ProgressRoot: ProgressRoot.extend({ defaultProps: { transitionDuration: 0 } }),
    // Progress.Root and its sections take the styles of "Progress" (Mantine's name for both).
    Progress: Progress.extend({
      styles: { root: { overflow: 'visible' }, section: { overflow: 'visible' } },
    }),
  },
});

/**
 * In the light scheme Mantine draws coloured text, outlines and light badges in shade 8 or 9,
 * under 4.5:1 on white for the warm colours (yellow.8 is 2.4:1, orange.8 3.6:1, green.8 3.4:1):
 * each colour gets one readable shade for those instead, at least 4.5:1 on white and on its own
 * light tint.
 */
const LIGHT_READABLE: Record<string, string> = {
  blue: 'var(--mantine-color-blue-9)',
  red: 'var(--mantine-color-red-9)',
  grape: 'var(--mantine-color-grape-9)',
  violet: 'var(--mantine-color-violet-9)',
  indigo: 'var(--mantine-color-indigo-9)',
  pink: 'var(--mantine-color-pink-9)',
  cyan: '#0a5f6e',
  teal: '#066649',
  green: '#22692f',
  lime: '#3f6409',
  yellow: '#7a5200',
  orange: '#a63c06',
  gray: 'var(--mantine-color-gray-7)',
};

const lightReadableColours = Object.fromEntries(
  Object.entries(LIGHT_READABLE).flatMap(([colour, readable]) => [
    [`--mantine-color-${colour}-text`, readable],
    [`--mantine-color-${colour}-light-color`, readable],
    [`--mantine-color-${colour}-outline`, readable],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightReadableColours,
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--showdesk-notification-text': 'var(--mantine-color-gray-7)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    '--showdesk-notification-text': 'var(--mantine-color-dark-1)',
  },
});
