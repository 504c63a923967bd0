import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewClock, RunResults } from '../../../src/shared/model/review';
import {
  momentColumn,
  spanFigure,
  wallTimeOf,
} from '../../../src/renderer/src/review/logic/review-clock-text';
import { formatTimeOfDay } from '../../../src/shared/format/times';
import { translators, type UiLanguage } from './translators';

let ui: Record<UiLanguage, TFunction>;

beforeAll(async () => {
  ui = await translators();
});
const FROM = Date.UTC(2026, 5, 18, 18, 0, 0);
const SHOW: ReviewClock = { base: 'show', zeroAt: FROM };
const WALL: ReviewClock = { base: 'wall' };

function results(clock: ReviewClock, open: boolean, lengthMs: number): RunResults {
  return {
    run: { open },
    clock,
    from: FROM,
    to: FROM + lengthMs,
  } as unknown as RunResults;
}

describe('a review on its run’s one clock', () => {
  it('gives a live run’s moments a local time of day, a rehearsal’s none (its times are show time)', () => {
    expect(wallTimeOf(FROM + 5_000, WALL, 'en')).toBe(formatTimeOfDay(FROM + 5_000, 'en'));
    expect(wallTimeOf(FROM + 5_000, SHOW, 'en')).toBeNull();
    expect(momentColumn(ui.en, SHOW, 'Time')).toBe('Show time');
    expect(momentColumn(ui['zh-CN'], SHOW, '时间')).toBe('演出时间');
    expect(momentColumn(ui.en, WALL, 'Time')).toBe('Time');
  });

  it('labels a rehearsal’s length as show time, a live run’s as duration', () => {
    expect(spanFigure(ui.en, results(SHOW, false, 75_000), 'en')).toEqual({
      label: 'Show time',
      value: '1:15',
      note: null,
    });
    expect(spanFigure(ui.en, results(WALL, false, 75_000), 'en')).toMatchObject({
      label: 'Duration',
      note: null,
    });
    expect(spanFigure(ui['zh-CN'], results(SHOW, false, 75_000), 'zh-CN').label).toBe('演出时间');
  });

  it('says a run still open is measured so far, up to its log’s last entry, and when that was', () => {
    expect(spanFigure(ui.en, results(WALL, true, 3_500), 'en')).toEqual({
      label: 'Duration so far',
      value: '3.5 s',
      note: `to the log's last entry, ${formatTimeOfDay(FROM + 3_500, 'en')}`,
    });
    expect(spanFigure(ui.en, results(SHOW, true, 3_500), 'en')).toEqual({
      label: 'Show time so far',
      value: '3.5 s',
      note: "to the log's last entry, at show time +0:03.5",
    });
    expect(spanFigure(ui['zh-CN'], results(SHOW, true, 3_500), 'zh-CN').note).toBe(
      '截至日志最后一条记录（演出时间 +0:03.5）',
    );
  });
});
