import type { Language } from '../../../shared/model/lineup';
import type { TextPart } from '../../../shared/model/onair';
import { HOST_COLORS, NOT_CURRENT_OPACITY } from './logic/host-styles';
import { useFitText, type FitRange } from './use-fit-text';

interface PointTextProps {
  parts: readonly TextPart[];
  text: string;
  language: Language;
  range: FitRange;
  color: string;
  weight: number;
  /** Where the text sits in its box when it is shorter than the box. */
  align: 'start' | 'center' | 'end';
  testId: string;
  /** false while the link is stale or down: the live values are dimmed as not current. */
  current: boolean;
}

/**
 * A talking point's text as large as its box allows, live values marked in yellow (dimmed while
 * the figures are not current, as the pinned product's are).
 */
export function PointText({
  parts,
  text,
  language,
  range,
  color,
  weight,
  align,
  testId,
  current,
}: PointTextProps) {
  const { boxRef, textRef } = useFitText<HTMLDivElement, HTMLParagraphElement>(text, range);
  return (
    <div
      ref={boxRef}
      // Text larger than the box (a large text size) scrolls; the box takes keyboard focus for it.
      tabIndex={0}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column' }}
    >
      <p
        ref={textRef}
        lang={language}
        data-testid={testId}
        style={{
          margin: 0,
          // Auto margins (not justify-content) so that text taller than the box still scrolls
          // from its first line.
          marginTop: align === 'start' ? 0 : 'auto',
          marginBottom: align === 'center' ? 'auto' : 0,
          flexShrink: 0,
          color,
          fontWeight: weight,
          lineHeight: 1.2,
          overflowWrap: 'anywhere',
        }}
      >
        {parts.map((part, index) =>
          part.value === null ? (
            <span key={index}>{part.text}</span>
          ) : (
            <span
              key={index}
              data-live-value={part.value}
              data-current={current}
              style={{ color: HOST_COLORS.value, opacity: current ? 1 : NOT_CURRENT_OPACITY }}
            >
              {part.text}
            </span>
          ),
        )}
      </p>
    </div>
  );
}
