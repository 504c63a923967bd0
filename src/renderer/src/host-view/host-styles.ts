import type { CSSProperties } from 'react';

/**
 * The host view's look: white on black with yellow live values (each well above 7:1), sizes in
 * parts of the window's height so it reads the same on any screen.
 */
export const HOST_COLORS = {
  background: '#000000',
  panel: '#141517',
  text: '#ffffff',
  label: '#ced4da',
  value: '#ffd43b',
  warning: '#ffa94d',
} as const;

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
  borderRadius: '1.2vh',
  padding: '2vh 2.4vh',
  minHeight: 0,
};
