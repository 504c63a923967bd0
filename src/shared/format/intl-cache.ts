/** Intl formatters are costly to build: one per language and options, built on first use. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (format === undefined) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(`n|${language}|${JSON.stringify(options)}`, () => {
    return new Intl.NumberFormat(language, options);
  });
}

export function dateFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(`d|${language}|${JSON.stringify(options)}`, () => {
    return new Intl.DateTimeFormat(language, options);
  });
}
