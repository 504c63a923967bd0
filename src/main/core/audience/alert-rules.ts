import type { AlertKind, AlertThresholds, PromptAlert } from '../../../shared/model/audience';

/** What the rules look at, once a second or so. */
export interface AlertInputs {
  /**
   * The run's clock now (show time in a rehearsal, which stands still while it is paused; the
   * console's wall clock live): the least gap between alerts, the viewers' minute and the quiet
   * minute after an alert run on it, and alerts are stamped with it.
   */
  now: number;
  /**
   * The pinned product and since when it is pinned, on the run's clock (show time in a rehearsal,
   * as its slot times): a sell-out is fast by show seconds.
   */
  pinned: {
    sku: string;
    pinnedSince: number | null;
    /** When the console first saw it at 0 while pinned, on the same clock (null: not sold out). */
    soldOutAt: number | null;
  } | null;
  /**
   * The pinned slot's planned seconds and time on air so far (ms, the run's clock); null when
   * none is pinned.
   */
  slot: { sku: string; plannedSeconds: number; actualMs: number } | null;
  viewers: number;
  /** Refused attempts (`sold_out`) per SKU, running totals, for the SKUs sold out now. */
  refusedSoldOut: ReadonlyMap<string, number>;
  /** Questions per SKU in the last minute. */
  questionsLastMinute: ReadonlyMap<string, number>;
}

type Candidate = Omit<PromptAlert, 'id'>;

const MINUTE_MS = 60_000;

/**
 * The prompter's alert rules. Each rule fires once per occasion (a sell-out, a slot's overrun, a
 * refused-attempts threshold crossed, a minute of piled-up questions or falling viewers); new
 * alerts wait in a queue and come out at most one per `minGapSeconds`.
 */
export class AlertRules {
  private nextId = 1;
  private lastAlertAt = -Infinity;
  private readonly queue: Candidate[] = [];
  private readonly fired = new Set<string>();
  private readonly viewerSamples: { at: number; count: number }[] = [];
  private readonly quietUntil = new Map<string, number>();

  constructor(private readonly thresholds: () => AlertThresholds) {}

  /** Looks at the inputs; returns the one alert to show now, if any. */
  evaluate(inputs: AlertInputs): PromptAlert | null {
    const t = this.thresholds();
    this.fastSellOut(inputs, t);
    this.slotOverrun(inputs, t);
    this.viewerDrop(inputs, t);
    this.refused(inputs, t);
    this.questions(inputs, t);
    if (this.queue.length === 0 || inputs.now - this.lastAlertAt < t.minGapSeconds * 1000) {
      return null;
    }
    const next = this.queue.shift();
    if (!next) return null;
    this.lastAlertAt = inputs.now;
    const alert: PromptAlert = { ...next, id: this.nextId, at: inputs.now };
    this.nextId += 1;
    return alert;
  }

  private add(
    key: string,
    kind: AlertKind,
    at: number,
    sku: string | null,
    figures: Record<string, number>,
  ): void {
    if (this.fired.has(key)) return;
    this.fired.add(key);
    this.queue.push({ kind, at, sku, figures });
  }

  private fastSellOut(inputs: AlertInputs, t: AlertThresholds): void {
    const pinned = inputs.pinned;
    if (pinned === null || pinned.soldOutAt === null || pinned.pinnedSince === null) return;
    const seconds = Math.max(0, Math.floor((pinned.soldOutAt - pinned.pinnedSince) / 1000));
    if (seconds > t.fastSellOutSeconds) return;
    this.add(
      `fastSellOut:${pinned.sku}:${pinned.pinnedSince}`,
      'fastSellOut',
      inputs.now,
      pinned.sku,
      {
        seconds,
      },
    );
  }

  private slotOverrun(inputs: AlertInputs, t: AlertThresholds): void {
    const slot = inputs.slot;
    if (slot === null || slot.plannedSeconds <= 0) return;
    const over = Math.floor(slot.actualMs / 1000) - slot.plannedSeconds;
    if (over < t.slotOverrunSeconds || over <= 0) return;
    const since = inputs.pinned?.pinnedSince ?? 0;
    this.add(`slotOverrun:${slot.sku}:${since}`, 'slotOverrun', inputs.now, slot.sku, {
      plannedSeconds: slot.plannedSeconds,
      overSeconds: over,
    });
  }

  private viewerDrop(inputs: AlertInputs, t: AlertThresholds): void {
    const samples = this.viewerSamples;
    const last = samples.at(-1);
    // A paused rehearsal's clock stands still: one sample per instant, its highest count.
    if (last?.at === inputs.now) last.count = Math.max(last.count, inputs.viewers);
    else samples.push({ at: inputs.now, count: inputs.viewers });
    while (samples.length > 0 && samples[0].at < inputs.now - MINUTE_MS) samples.shift();
    const peak = samples.reduce((max, sample) => Math.max(max, sample.count), 0);
    if (peak <= 0) return;
    const percent = Math.floor(((peak - inputs.viewers) / peak) * 100);
    if (percent <= t.viewerDropPercent || !this.quiet('viewerDrop', inputs.now)) return;
    this.queue.push({
      kind: 'viewerDrop',
      at: inputs.now,
      sku: null,
      figures: { percent, from: peak, to: inputs.viewers },
    });
  }

  private refused(inputs: AlertInputs, t: AlertThresholds): void {
    for (const [sku, attempts] of inputs.refusedSoldOut) {
      const level = Math.floor(attempts / t.refusedAttempts);
      if (level < 1) continue;
      this.add(`refused:${sku}:${level}`, 'refusedAttempts', inputs.now, sku, { attempts });
    }
  }

  private questions(inputs: AlertInputs, t: AlertThresholds): void {
    for (const [sku, count] of inputs.questionsLastMinute) {
      if (count < t.questionsPerMinute || !this.quiet(`questions:${sku}`, inputs.now)) continue;
      this.queue.push({
        kind: 'questionPileUp',
        at: inputs.now,
        sku,
        figures: { questions: count },
      });
    }
  }

  /** True (and starts a quiet minute) unless this key fired within the last minute. */
  private quiet(key: string, now: number): boolean {
    if ((this.quietUntil.get(key) ?? -Infinity) > now) return false;
    this.quietUntil.set(key, now + MINUTE_MS);
    return true;
  }
}
