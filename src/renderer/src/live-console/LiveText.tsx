import type { TextPart } from '../../../shared/model/onair';
import { useFreshness } from '../live-run/use-freshness';
import classes from './console.module.css';

/**
 * A talking point's text with its live values ({left}, {price}…) filled in and marked, dimmed
 * while the link is stale or down (the figures are not current).
 */
export function LiveText({ parts }: { parts: readonly TextPart[] }) {
  const { kind } = useFreshness();
  const current = kind === 'current' || kind === 'none';
  return parts.map((part, index) =>
    part.value === null ? (
      <span key={index}>{part.text}</span>
    ) : (
      <span
        key={index}
        className={classes.liveValue}
        data-live-value={part.value}
        data-current={current}
      >
        {part.text}
      </span>
    ),
  );
}
