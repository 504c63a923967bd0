import type { CSSProperties } from 'react';

/**
 * The host view's look: white on black with yellow live values (each well above 7:1), sizes in
 * parts of the window's height so it reads the same on any screen. The colours are CSS variables
 * set by hostTheme, so the high-contrast theme changes them all in one place.
 */
export const HOST_COLORS = {
  background: 'var(--host-background)',
  panel: 'var(--host-panel)',
  text: 'var(--host-text)',
  label: 'var(--host-label)',
  value: 'var(--host-value)',
  warning: 'var(--host-warning)',
} as const;

/** How figures that are not current (link stale or down) are dimmed. */
export const NOT_CURRENT_OPACITY = 0.5;

const THEMES = {
  normal: {
    '--host-background': '#000000',
    '--host-panel': '#141517',
    '--host-panel-border': 'transparent',
    '--host-text': '#ffffff',
    '--host-label': '#ced4da',
    '--host-value': '#ffd43b',
    '--host-warning': '#ffa94d',
  },
  // Pure white and yellow on black, no grey, panels outlined: for bright studios and glass.
  highContrast: {
    '--host-background': '#000000',
    '--host-panel': '#000000',
    '--host-panel-border': '#ffffff',
    '--host-text': '#ffffff',
    '--host-label': '#ffffff',
    '--host-value': '#ffff00',
    '--host-warning': '#ffb000',
  },
};

/** The colour variables of the host view's theme, to set on its outermost element. */
export function hostTheme(highContrast: boolean): CSSProperties {
  return (highContrast ? THEMES.highContrast : THEMES.normal) as CSSProperties;
}

export const sectionLabel: CSSProperties = {
  margin: 0,
  color: HOST_COLORS.label,
  fontSize: '2.2vh',
  fontWeight: 700,
  letterSpacing: '0.08em',
  textTransform: 'uppercase',
};

export const panel: CSSProperties = {
  background: HOST_COLORS.panel,
  border: '0.3vh solid var(--host-panel-border)',
  borderRadius: '1.2vh',
  padding: '2vh 2.4vh',
  minHeight: 0,
};
