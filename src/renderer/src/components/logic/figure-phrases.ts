/** A run of a text: a figure with its unit (`whole`, never broken across lines) or the text between. */
export interface TextRun {
  text: string;
  whole: boolean;
}

/**
 * A figure: digits with their separators, an "about", "under" or "over" sign ("<0.1%", a share
 * too small to show), a currency or a number sign ("#12", a run's number) before, a percent after.
 */
const FIGURE = String.raw`[~≈<>]?[¥$€£#]?\d[\d,.:]*%?`;
/**
 * Its unit: a short word (s, min, sold, left) or one or two Chinese characters (秒, 以上, 件);
 * "or more" after it (an open range, "58:00 or more"). "of" and "or" are no units: "of" joins two
 * figures ("1,234 of 5,000").
 */
const UNIT = String.raw`(?:[ \u00a0]?(?:(?!(?:of|or)\b)[A-Za-z]{1,4}(?![A-Za-z])|\p{Script=Han}{1,2}))?(?:[ \u00a0]or[ \u00a0]more\b)?`;
/** What joins two figures into one: a dash or slash of a range, or English "of". */
const JOIN = String.raw`(?:[ \u00a0]?[–\-/][ \u00a0]?|[ \u00a0]of[ \u00a0])`;
/**
 * A figure with its unit, or two joined ("34 s–43 s", "4,997 / 5,000 left", "1,234 of 5,000"),
 * with the brackets around it: a line may break between a bracket and a nowrap run beside it.
 */
const PHRASE = new RegExp(
  String.raw`[(（]?${FIGURE}${UNIT}(?:${JOIN}${FIGURE}${UNIT})?[)）]?`,
  'gu',
);

/**
 * Splits a text into its figure phrases and the text between, so that a screen can keep each
 * phrase on one line: "（19:55 以上）" must not break as "（19:55 以" over "上）", nor "~36 s" as
 * "~36" over "s", "0:30 left" as "0:30" over "left". The runs put together give the text back
 * unchanged.
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
