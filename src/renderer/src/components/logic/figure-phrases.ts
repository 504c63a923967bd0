/** A run of a text: a figure with its unit (`whole`, never broken across lines) or the text between. */
export interface TextRun {
  text: string;
  whole: boolean;
}

/** A figure: digits with their separators, a currency or "about" sign before, a percent after. */
const FIGURE = String.raw`[~≈]?[¥$€£]?\d[\d,.:]*%?`;
/** Its unit: a short word (s, min, sold, of) or one or two Chinese characters (秒, 以上, 件). */
const UNIT = String.raw`(?:[ \u00a0]?(?:[A-Za-z]{1,4}(?![A-Za-z])|\p{Script=Han}{1,2}))?`;
/** A figure with its unit, or a range of two ("34 s–43 s", "4,997 / 5,000"). */
const PHRASE = new RegExp(
  String.raw`${FIGURE}${UNIT}(?:[ \u00a0]?[–\-/][ \u00a0]?${FIGURE}${UNIT})?`,
  'gu',
);

/**
 * Splits a text into its figure phrases and the text between, so that a screen can keep each
 * phrase on one line: "（19:55 以上）" must not break as "（19:55 以" over "上）", nor "34 s" as
 * "34" over "s". The runs put together give the text back unchanged.
 */
export function figurePhrases(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(PHRASE)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), whole: false });
  return runs;
}
