import { useLayoutEffect, useRef } from 'react';

/** Font sizes as fractions of the window's height: 0.052 is about 56 px on a 1080 p screen. */
export interface FitRange {
  min: number;
  max: number;
}

/**
 * What a fit was made for: the window's size, the box's size and the fonts loaded then. The box
 * carries it as `data-fitted` once fitted, so a check can wait until the text is fitted for the
 * screen as it is (a banner that appears above the box shrinks the box, not the window).
 */
export function fitConditions(box: HTMLElement): string {
  const loaded = [...document.fonts].filter((font) => font.status === 'loaded').length;
  return `${window.innerWidth}x${window.innerHeight} box:${box.clientWidth}x${box.clientHeight} fonts:${loaded}`;
}

/**
 * What must fit: the text alone in its box (`text`), or everything the box holds once the text is
 * sized (`box`: the text is one part of a panel that may not overflow).
 */
export type FitWhat = 'text' | 'box';

/**
 * Gives the text in `textRef` the largest font size between `range.min` and `range.max` at which
 * it fits in `boxRef`, again whenever the text, the box's or the window's size or the loaded fonts
 * change (also once every font asked for so far has loaded). Text too long even at the smallest
 * size stays at that size and the box scrolls.
 */
export function useFitText<Box extends HTMLElement, Content extends HTMLElement>(
  text: string,
  range: FitRange,
  what: FitWhat = 'text',
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
      const height = what === 'box' ? box.scrollHeight : content.offsetHeight;
      return height <= box.clientHeight && content.scrollWidth <= content.clientWidth;
    };
    const fitSize = (): number => {
      let low = Math.floor(min * window.innerHeight);
      let high = Math.ceil(max * window.innerHeight);
      if (fits(high)) return high;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (fits(middle)) low = middle;
        else high = middle;
      }
      return low;
    };
    let mounted = true;
    const fit = () => {
      if (!mounted) return;
      content.style.fontSize = `${fitSize()}px`;
      box.dataset['fitted'] = fitConditions(box);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    window.addEventListener('resize', fit);
    // A font that arrives later (the bundled CJK font loads by Unicode range) changes the size.
    document.fonts.addEventListener('loadingdone', fit);
    void document.fonts.ready.then(fit);
    return () => {
      mounted = false;
      observer.disconnect();
      window.removeEventListener('resize', fit);
      document.fonts.removeEventListener('loadingdone', fit);
    };
  }, [text, min, max, what]);

  return { boxRef, textRef };
}
