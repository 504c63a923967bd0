import { figurePhrases } from './logic/figure-phrases';

/**
 * A text with each figure kept on one line with its unit (see figurePhrases): the lines break
 * between phrases, never inside "19:55 以上" or "34 s–43 s".
 */
export function FigurePhrases({ text }: { text: string }) {
  return figurePhrases(text).map((run, index) =>
    run.whole ? (
      <span key={index} style={{ whiteSpace: 'nowrap' }}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
