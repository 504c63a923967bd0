import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../../src/renderer/src/live-console/logic/scroll-to-show';

const view = { top: 100, bottom: 200 };

describe('scrollToShow', () => {
  it('leaves rows in view where they are', () => {
    expect(scrollToShow(view, { top: 120 }, { bottom: 190 })).toBe(0);
  });

  it('scrolls up to a row above the view', () => {
    expect(scrollToShow(view, { top: 60 }, { bottom: 110 })).toBe(-40);
  });

  it('scrolls down the least that brings the last row in', () => {
    expect(scrollToShow(view, { top: 150 }, { bottom: 230 })).toBe(30);
  });

  it('shows the last row whole at the bottom when the two do not fit together', () => {
    expect(scrollToShow(view, { top: 150 }, { bottom: 300 })).toBe(100);
    expect(scrollToShow(view, { top: 20 }, { bottom: 150 })).toBe(-50);
  });
});
