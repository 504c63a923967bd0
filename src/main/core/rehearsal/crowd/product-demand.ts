import type { CrowdPreset } from './presets';

/**
 * One product as the crowd remembers it: the price it first saw (prices are judged against
 * it), its opening stock, its appeal, and when it was pinned and unpinned (simulated ms).
 */
export class ProductDemand {
  readonly referencePriceMinor: number;
  private openingStock: number;
  private pinnedAt: number | null = null;
  private unpinnedAt: number | null = null;
  /** The pin's extra demand per viewer at the moment it was unpinned. */
  private extraAtUnpin = 0;

  constructor(
    private readonly preset: CrowdPreset,
    priceMinor: number,
    stock: number,
    readonly appeal: number,
  ) {
    this.referencePriceMinor = Math.max(1, priceMinor);
    this.openingStock = stock;
  }

  /** Follows the pin and restocks; call once per step before `rate`. */
  observe(pinned: boolean, stock: number, now: number): void {
    this.openingStock = Math.max(this.openingStock, stock);
    if (pinned && this.pinnedAt === null) {
      this.pinnedAt = now;
      this.unpinnedAt = null;
    } else if (!pinned && this.pinnedAt !== null) {
      this.extraAtUnpin = this.pinExtra(now);
      this.pinnedAt = null;
      this.unpinnedAt = now;
    }
  }

  /** Expected orders per second from `viewers`, at `now`, for the price and stock given. */
  rate(viewers: number, priceMinor: number, stock: number, now: number): number {
    if (stock <= 0) return 0;
    const { preset } = this;
    const perViewer = preset.browseRate + this.pinExtra(now);
    const ratio = Math.max(priceMinor, 1) / this.referencePriceMinor;
    const price = Math.min(20, Math.max(0.05, ratio ** -preset.elasticity));
    const scarce =
      stock <= Math.max(preset.scarcityUnits, this.openingStock * preset.scarcityShare);
    return viewers * perViewer * this.appeal * price * (scarce ? 1 + preset.scarcityBoost : 1);
  }

  private pinExtra(now: number): number {
    const { preset } = this;
    if (this.pinnedAt !== null) {
      const since = Math.max(0, now - this.pinnedAt) / 1000;
      return preset.pinBurstRate * Math.exp(-since / preset.pinDecaySeconds) + preset.pinnedRate;
    }
    if (this.unpinnedAt !== null) {
      const since = Math.max(0, now - this.unpinnedAt) / 1000;
      return this.extraAtUnpin * Math.exp(-since / preset.afterglowSeconds);
    }
    return 0;
  }
}
