/**
 * The most characters of a product's name that the host view's alert line gives, so that what
 * the alert says (runs 12 s past its planned time) stays on its one line after a long name.
 */
export const ALERT_NAME_MAX = 48;

/** `name` cut to `max` characters, the last an ellipsis; by code point, so no emoji is split. */
export function shortName(name: string, max: number): string {
  const characters = [...name];
  if (characters.length <= max) return name;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
