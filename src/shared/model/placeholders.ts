/** The live values a talking point may name in braces: "Only {left} left at {price}!". */
export const LIVE_VALUE_NAMES = ['price', 'left', 'sold', 'rate', 'forecast'] as const;
export type LiveValueName = (typeof LIVE_VALUE_NAMES)[number];

/** A name in braces: `{left}`. */
export const PLACEHOLDER = /\{(\w+)\}/g;

export function isLiveValueName(name: string): name is LiveValueName {
  return (LIVE_VALUE_NAMES as readonly string[]).includes(name);
}

/** The supported placeholders as written in a talking point: "{price}, {left}, …". */
export const SUPPORTED_PLACEHOLDERS = LIVE_VALUE_NAMES.map((name) => `{${name}}`).join(', ');

/** The names in braces of `text` that are not live values, each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
  return [...new Set(names.filter((name) => !isLiveValueName(name)))];
}
