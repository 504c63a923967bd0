import { describe, expect, it } from 'vitest';
import { shortName } from '../../../src/renderer/src/host-view/logic/short-name';

describe('a product’s name cut short for the host view’s alert line', () => {
  it('keeps a name that fits, and cuts a longer one to the length with an ellipsis', () => {
    expect(shortName('Mangosteen, 2.5 kg box', 12)).toBe('Mangosteen,…');
    expect(shortName('Mangosteen', 12)).toBe('Mangosteen');
  });

  it('never splits an emoji', () => {
    expect(shortName('🥭🥥🍍🍌🍇', 3)).toBe('🥭🥥…');
  });
});
