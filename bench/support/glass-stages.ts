/**
 * Where an order's time from the server to the glass goes, stage by stage: the core's stamps
 * (receive, commit by last seq; publish by revision, from the file the browser host writes with
 * SHOWDESK_STAGE_STAMPS) and the page's (a `live.state` message's arrival with its revision and
 * the pinned product's stock, the stock written into the card, the frame that painted it), all
 * Date.now() on one machine.
 */

export interface StagedOrder {
  seq: number;
  /** The server's time on the order (stamped before the batch that carries it is emitted). */
  at: number;
  /** The pinned product's stock after it. */
  stock: number;
}

/** [key, at]: key is a seq (receive, commit) or a revision (publish), in the order stamped. */
export type Stamp = readonly [number, number];

export interface CoreStamps {
  receive: readonly Stamp[];
  commit: readonly Stamp[];
  publish: readonly Stamp[];
}

export interface PageStamps {
  /** [at, revision, stock]: `live.state` messages that carry the pinned product, as they arrived. */
  arrivals: readonly (readonly [number, number, number])[];
  /** [at, stock]: the stock written into the pinned card. */
  applied: readonly (readonly [number, number])[];
  /** [at, stock]: the frames that painted a new stock. */
  painted: readonly (readonly [number, number])[];
}

export const STAGES = [
  'server emit to core receive',
  'core receive to journal commit',
  'journal commit to publish',
  'publish to page arrival',
  'page arrival to apply',
  'apply to painted frame',
] as const;

export type StageName = (typeof STAGES)[number];

/** Parses the browser host's stamp file (lines of `stage key at`). */
export function parseCoreStamps(text: string): CoreStamps {
  const stamps: Record<keyof CoreStamps, Stamp[]> = { receive: [], commit: [], publish: [] };
  for (const line of text.split('\n')) {
    const [stage, key, at] = line.split(' ');
    if (stage === 'receive' || stage === 'commit' || stage === 'publish') {
      stamps[stage].push([Number(key), Number(at)]);
    }
  }
  return stamps;
}

/**
 * For values that only grow (seqs) or only fall (stocks) through `items`, the first item at or
 * past each of `targets` (which move the same way), in one pass.
 */
function firstReaching<T>(
  items: readonly T[],
  targets: readonly number[],
  reached: (item: T, target: number) => boolean,
): (T | undefined)[] {
  let index = 0;
  return targets.map((target) => {
    while (index < items.length && !reached(items[index], target)) index += 1;
    return items[index];
  });
}

/** Each stage's times over `orders` (seq order), in ms; an order missing a stamp is left out of that stage. */
export function stageTimes(
  orders: readonly StagedOrder[],
  core: CoreStamps,
  page: PageStamps,
): Record<StageName, number[]> {
  const seqs = orders.map((order) => order.seq);
  const stocks = orders.map((order) => order.stock);
  const bySeq = (stamp: Stamp, seq: number) => stamp[0] >= seq;
  const received = firstReaching(core.receive, seqs, bySeq);
  const committed = firstReaching(core.commit, seqs, bySeq);
  const arrived = firstReaching(page.arrivals, stocks, (arrival, stock) => arrival[2] <= stock);
  const applied = firstReaching(page.applied, stocks, (entry, stock) => entry[1] <= stock);
  const painted = firstReaching(page.painted, stocks, (entry, stock) => entry[1] <= stock);
  const published = new Map(core.publish.map(([revision, at]) => [revision, at]));
  const times = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<
    StageName,
    number[]
  >;
  orders.forEach((order, index) => {
    const arrival = arrived[index];
    const moments = [
      order.at,
      received[index]?.[1],
      committed[index]?.[1],
      arrival === undefined ? undefined : published.get(arrival[1]),
      arrival?.[0],
      applied[index]?.[0],
      painted[index]?.[0],
    ];
    STAGES.forEach((stage, stageIndex) => {
      const from = moments[stageIndex];
      const to = moments[stageIndex + 1];
      if (from !== undefined && to !== undefined) times[stage].push(Math.max(0, to - from));
    });
  });
  return times;
}
