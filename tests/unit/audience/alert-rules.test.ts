import { describe, expect, it } from 'vitest';
import { AlertRules, type AlertInputs } from '../../../src/main/core/audience/alert-rules';
import {
  DEFAULT_AUDIENCE_SETTINGS,
  type AlertThresholds,
} from '../../../src/shared/model/audience';

const T0 = 1_764_000_000_000;
const thresholds: AlertThresholds = { ...DEFAULT_AUDIENCE_SETTINGS.alerts, minGapSeconds: 5 };

function quiet(now: number, over: Partial<AlertInputs> = {}): AlertInputs {
  return {
    now,
    pinned: { sku: 'DURIAN', pinnedSince: T0, soldOutAt: null },
    slot: { sku: 'DURIAN', plannedSeconds: 120, actualMs: now - T0 },
    viewers: 9_000_000,
    refusedSoldOut: new Map(),
    questionsLastMinute: new Map(),
    ...over,
  };
}

/** Feeds one input a second from `from` for `seconds`; returns the alerts that came out. */
function run(rules: AlertRules, from: number, seconds: number, at: (now: number) => AlertInputs) {
  const out = [];
  for (let s = 0; s < seconds; s++) {
    const alert = rules.evaluate(at(from + s * 1000));
    if (alert) out.push(alert);
  }
  return out;
}

describe('alert rules', () => {
  it('stay quiet on a quiet show', () => {
    const rules = new AlertRules(() => thresholds);
    expect(run(rules, T0, 60, (now) => quiet(now))).toEqual([]);
  });

  it('fire once when the pinned product sells out within N seconds of the pin', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0 + 40_000, 30, (now) =>
      quiet(now, { pinned: { sku: 'DURIAN', pinnedSince: T0, soldOutAt: T0 + 40_500 } }),
    );
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'fastSellOut', sku: 'DURIAN', figures: { seconds: 40 } }),
    ]);
  });

  it('do not call a sell-out after N seconds fast', () => {
    const rules = new AlertRules(() => thresholds);
    expect(
      run(rules, T0 + 61_000, 5, (now) =>
        quiet(now, {
          pinned: { sku: 'DURIAN', pinnedSince: T0, soldOutAt: T0 + 61_000 },
        }),
      ),
    ).toEqual([]);
  });

  it('fire once when the slot runs past its planned time by the threshold', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0 + 140_000, 30, (now) => quiet(now));
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'slotOverrun',
        sku: 'DURIAN',
        figures: { plannedSeconds: 120, overSeconds: 30 },
      }),
    ]);
  });

  it('fire when viewers fall by more than X % within a minute, then stay quiet for a minute', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0, 100, (now) =>
      quiet(now, { viewers: now - T0 < 30_000 ? 9_000_000 : 6_000_000 }),
    );
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'viewerDrop',
        figures: { percent: 33, from: 9_000_000, to: 6_000_000 },
      }),
    ]);
  });

  it('do not count a slow fall over more than a minute', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0, 300, (now) =>
      quiet(now, { viewers: Math.round(9_000_000 * (1 - (now - T0) / 1_000_000)) }),
    );
    expect(alerts.filter((a) => a.kind === 'viewerDrop')).toEqual([]);
  });

  it('fire when refused attempts on a sold-out product pass the threshold, again at each multiple', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0, 30, (now) =>
      quiet(now, { refusedSoldOut: new Map([['COCO', (now - T0) / 10]]) }),
    );
    expect(alerts.map((a) => [a.kind, a.sku, a.figures.attempts])).toEqual([
      ['refusedAttempts', 'COCO', 500],
      ['refusedAttempts', 'COCO', 1000],
      ['refusedAttempts', 'COCO', 1500],
      ['refusedAttempts', 'COCO', 2000],
      ['refusedAttempts', 'COCO', 2500],
    ]);
  });

  it('fire when questions about one product pile up within a minute', () => {
    const rules = new AlertRules(() => thresholds);
    const alerts = run(rules, T0, 10, (now) =>
      quiet(now, {
        questionsLastMinute: new Map([
          ['RICE', 31],
          ['COCO', 3],
        ]),
      }),
    );
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'questionPileUp', sku: 'RICE', figures: { questions: 31 } }),
    ]);
  });

  it('let out at most one new alert every minGapSeconds, the rest waiting in turn', () => {
    const rules = new AlertRules(() => thresholds);
    const at: number[] = [];
    for (let s = 0; s < 20; s++) {
      const now = T0 + 200_000 + s * 1000;
      const alert = rules.evaluate(
        quiet(now, {
          pinned: { sku: 'DURIAN', pinnedSince: now - 10_000, soldOutAt: now },
          refusedSoldOut: new Map([['DURIAN', 600]]),
          questionsLastMinute: new Map([['DURIAN', 40]]),
        }),
      );
      if (alert) at.push(alert.at - (T0 + 200_000));
    }
    expect(at.slice(0, 3)).toEqual([0, 5000, 10_000]);
  });
});
