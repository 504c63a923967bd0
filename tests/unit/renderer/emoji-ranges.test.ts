import { describe, expect, it } from 'vitest';
import { pictographRange } from '../../../src/renderer/src/app/logic/emoji-ranges';

describe('the colour emoji font draws pictographs only', () => {
  it('keeps pictographs and the joiners their sequences need', () => {
    expect(pictographRange('U+200d,U+2620,U+26a7,U+fe0f,U+1f308,U+1f3f3-1f3f4,U+e0062-e0063')).toBe(
      'U+200d,U+2620,U+26a7,U+fe0f,U+1f308,U+1f3f3-1f3f4,U+e0062-e0063',
    );
  });

  it("leaves digits, '#', '*', '©', '™' and arrows to the text font", () => {
    expect(pictographRange('U+23,U+2a,U+30-39,U+a9,U+ae,U+20e3,U+2122,U+2194-2199,U+2705')).toBe(
      'U+20e3,U+2705',
    );
  });
});
