import type { CSSProperties } from 'react';

/**
 * A line read at a glance (a figure, an alert): Chinese breaks between its clauses, at a space or
 * a punctuation mark, not inside a word ("数字不是最" over "新的"); only a clause longer than the
 * line breaks anywhere. Other scripts break as usual.
 */
export const clauseLines: CSSProperties = {
  wordBreak: 'keep-all',
  overflowWrap: 'anywhere',
};
