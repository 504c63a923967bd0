import { describe, expect, it } from 'vitest';
import { figurePhrases } from '../../../src/renderer/src/components/logic/figure-phrases';

const wholes = (text: string) =>
  figurePhrases(text)
    .filter((run) => run.whole)
    .map((run) => run.text);

describe('figurePhrases', () => {
  it('keeps a Chinese forecast’s time and its open range whole', () => {
    expect(wholes('约 19:55后售罄（19:55 以上）')).toEqual(['19:55后售', '（19:55 以上）']);
  });

  it('keeps a range of durations whole, each figure with its unit', () => {
    expect(wholes('sold out in ~38 s (34 s–43 s)')).toEqual(['~38 s', '(34 s–43 s)']);
    expect(wholes('4,997 / 5,000 left')).toEqual(['4,997 / 5,000 left']);
  });

  it('keeps the console card’s English figures whole', () => {
    expect(wholes('sold out in ~36 s (35 s–37 s)')).toEqual(['~36 s', '(35 s–37 s)']);
    expect(wholes('sold out in ~1:02:03 (58:00 or more)')).toEqual(['~1:02:03', '(58:00 or more)']);
    expect(wholes('1,234 of 5,000 · 0:30 left')).toEqual(['1,234 of 5,000', '0:30 left']);
    expect(wholes('1,234 sold · 24.7%')).toEqual(['1,234 sold', '24.7%']);
    expect(wholes('3 sold · <0.1%')).toEqual(['3 sold', '<0.1%']);
    expect(wholes('1:20 / 3:00')).toEqual(['1:20 / 3:00']);
    expect(wholes('No data from the sale server for 12 s: figures are not current')).toEqual([
      '12 s',
    ]);
    expect(wholes('of 5,000')).toEqual(['5,000']);
  });

  it('keeps a run’s number whole with its sign (the compare tab broke "#" over "2")', () => {
    expect(wholes('618 Thai fruit live (Tmall) · Dec 6, 2026, 12:13:20 AM · #2')).toContain('#2');
  });

  it('leaves a text without figures as one run, and gives every text back unchanged', () => {
    expect(figurePhrases('Forecast unknown')).toEqual([{ text: 'Forecast unknown', whole: false }]);
    for (const text of [
      '约 1:02:03后售罄（58:00–1:10:00）',
      '每秒售出 811 件',
      '12 of 50 of 7',
      '',
    ]) {
      expect(
        figurePhrases(text)
          .map((run) => run.text)
          .join(''),
      ).toBe(text);
    }
  });
});
