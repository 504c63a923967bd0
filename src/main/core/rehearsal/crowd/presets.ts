import type { RehearsalPreset, RehearsalPresetInfo } from '../../../../shared/model/rehearsal';

/**
 * The numbers behind a crowd. Rates are orders per viewer per second; times are in simulated
 * seconds or minutes.
 */
export interface CrowdPreset {
  id: RehearsalPreset;
  peakViewers: number;
  /** The show length the viewer curve is drawn for; after it the audience stays at the floor. */
  showMinutes: number;
  /** Share of the peak already watching when the show starts (promotion warmed them up). */
  openingShare: number;
  /** Minutes from the start until the peak. */
  rampMinutes: number;
  /** The last minutes of the show, over which the audience falls to the floor. */
  tailMinutes: number;
  floorShare: number;
  /** Relative spread of the viewer count around the curve. */
  viewerNoise: number;
  /** Orders for a product that is not pinned (browsing the shop). */
  browseRate: number;
  /** Orders at the moment of a pin; this burst decays over `pinDecaySeconds`. */
  pinBurstRate: number;
  pinDecaySeconds: number;
  /** Orders while the product stays pinned, after the burst. */
  pinnedRate: number;
  /** After an unpin the extra demand fades over this. */
  afterglowSeconds: number;
  /** Demand scales with (price / the price first seen) ^ -elasticity. */
  elasticity: number;
  /** "Only 200 left": demand rises by `scarcityBoost` when stock falls to this share or count. */
  scarcityShare: number;
  scarcityUnits: number;
  scarcityBoost: number;
  /** Each product's appeal is 1 ± this (drawn from the seed). */
  appealSpread: number;
  /** Weights of 1, 2, 3, ... units per order. */
  qtyWeights: readonly number[];
  /** Simulated time per crowd step. */
  tickMs: number;
  /** At most this many orders in one step (the rest of the crowd is too slow to click). */
  maxOrdersPerTick: number;
}

const calm: CrowdPreset = {
  id: 'calm',
  peakViewers: 3000,
  showMinutes: 45,
  openingShare: 0.1,
  rampMinutes: 8,
  tailMinutes: 8,
  floorShare: 0.05,
  viewerNoise: 0.02,
  browseRate: 0.000_02,
  pinBurstRate: 0.004,
  pinDecaySeconds: 30,
  pinnedRate: 0.000_4,
  afterglowSeconds: 60,
  elasticity: 1.2,
  scarcityShare: 0.1,
  scarcityUnits: 20,
  scarcityBoost: 0.3,
  appealSpread: 0.2,
  qtyWeights: [0.85, 0.12, 0.03],
  tickMs: 200,
  maxOrdersPerTick: 1000,
};

/**
 * The real 618 evening: 9 million viewers at the peak; a pin sells 5,000 durians, 20,000
 * coconuts or 3,000 bags of rice within seconds.
 */
const evening618: CrowdPreset = {
  id: '618',
  peakViewers: 9_000_000,
  showMinutes: 120,
  openingShare: 0.35,
  rampMinutes: 10,
  tailMinutes: 20,
  floorShare: 0.1,
  viewerNoise: 0.01,
  browseRate: 0.000_000_03,
  pinBurstRate: 0.000_6,
  pinDecaySeconds: 20,
  pinnedRate: 0.000_02,
  afterglowSeconds: 30,
  elasticity: 1.5,
  scarcityShare: 0.1,
  scarcityUnits: 200,
  scarcityBoost: 0.5,
  appealSpread: 0.25,
  qtyWeights: [0.75, 0.17, 0.05, 0.03],
  tickMs: 200,
  maxOrdersPerTick: 6000,
};

const presets: Record<RehearsalPreset, CrowdPreset> = { calm, '618': evening618 };

export function crowdPreset(id: RehearsalPreset): CrowdPreset {
  return presets[id];
}

export function presetInfos(): RehearsalPresetInfo[] {
  return [calm, evening618].map((preset) => ({
    id: preset.id,
    peakViewers: preset.peakViewers,
    showMinutes: preset.showMinutes,
  }));
}
