import type { TextPart } from '../../../shared/model/onair';
import classes from './console.module.css';

/** A talking point's text with its live values ({left}, {price}…) filled in and marked. */
export function LiveText({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) =>
    part.value === null ? (
      <span key={index}>{part.text}</span>
    ) : (
      <span key={index} className={classes.liveValue} data-live-value={part.value}>
        {part.text}
      </span>
    ),
  );
}
