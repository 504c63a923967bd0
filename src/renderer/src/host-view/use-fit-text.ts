import { useLayoutEffect, useRef } from 'react';

/** Font sizes as fractions of the window's height: 0.052 is about 56 px on a 1080 p screen. */
export interface FitRange {
  min: number;
  max: number;
}

/**
 * Gives the text in `textRef` the largest font size between `range.min` and `range.max` at which
 * it fits in `boxRef`, again whenever the text, the box's size or the loaded fonts change. Text too long even at
 * the smallest size stays at that size and the box scrolls.
 */
export function useFitText<Box extends HTMLElement, Content extends HTMLElement>(
  text: string,
  range: FitRange,
) {
  const boxRef = useRef<Box>(null);
  const textRef = useRef<Content>(null);
  const { min, max } = range;

  useLayoutEffect(() => {
    const box = boxRef.current;
    const content = textRef.current;
    if (!box || !content) return undefined;
    const fits = (size: number): boolean => {
      content.style.fontSize = `${size}px`;
      return content.offsetHeight <= box.clientHeight && content.scrollWidth <= content.clientWidth;
    };
    const fit = () => {
      let low = Math.floor(min * window.innerHeight);
      let high = Math.ceil(max * window.innerHeight);
      if (fits(high)) return;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (fits(middle)) low = middle;
        else high = middle;
      }
      content.style.fontSize = `${low}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    // A font that arrives later (the bundled CJK font loads by Unicode range) changes the size.
    document.fonts.addEventListener('loadingdone', fit);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fit);
    };
  }, [text, min, max]);

  return { boxRef, textRef };
}
