import { describe, expect, it } from 'vitest';
import { KeyFrame } from '../../../src/renderer/src/api/logic/key-frame';

describe('the frame that draws a key', () => {
  it('holds nothing while no key was pressed', () => {
    expect(new KeyFrame().holds(100)).toBe(false);
  });

  it('holds the updates of the key frame, those asked for before the key and after it, and not the next', () => {
    const keys = new KeyFrame();
    keys.pressed();
    // A queue asked for its frame before the key: its callback runs first in the key's frame.
    expect(keys.holds(116.7)).toBe(true);
    keys.began(116.7);
    // A queue that asked after the key runs after the key's own callback, in the same frame.
    expect(keys.holds(116.7)).toBe(true);
    expect(keys.holds(133.4)).toBe(false);
  });

  it('follows the newest key', () => {
    const keys = new KeyFrame();
    keys.pressed();
    keys.began(116.7);
    keys.pressed();
    expect(keys.holds(133.4)).toBe(true);
    keys.began(133.4);
    expect(keys.holds(116.7)).toBe(false);
    expect(keys.holds(133.4)).toBe(true);
    expect(keys.holds(150.1)).toBe(false);
  });

  it('takes only the first frame after the key as its', () => {
    const keys = new KeyFrame();
    keys.pressed();
    keys.began(116.7);
    keys.began(133.4);
    expect(keys.holds(133.4)).toBe(false);
  });
});
