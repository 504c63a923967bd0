import type { Show } from '../../../shared/model/lineup';
import type { OnAirRecord } from './onair-store';
import type { LineupPoint, QueueEntry } from './queue-rules';

/** The show's talking points in lineup order: the show's own first, then each product's. */
export function lineupPoints(show: Show): LineupPoint[] {
  return [
    ...show.talkingPoints.map((point) => ({ id: point.id, productId: null })),
    ...show.products.flatMap((product) =>
      product.talkingPoints.map((point) => ({ id: point.id, productId: product.id })),
    ),
  ];
}

export function sameQueue(a: readonly QueueEntry[], b: readonly QueueEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.id === b[i].id);
}

/** A run's on-air record before anything happened: following the pin, auto-arm off. */
export function startRecord(currentId: number | null): OnAirRecord {
  return {
    currentId,
    followPin: true,
    autoArm: false,
    cue: null,
    lastPinSku: null,
    autoArmedSku: null,
    showStartedAt: null,
  };
}
