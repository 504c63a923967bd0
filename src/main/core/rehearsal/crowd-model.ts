import { Prng } from '../../../shared/random/prng';
import type { CrowdPreset } from './crowd/presets';
import { ProductDemand } from './crowd/product-demand';
import { viewersOnCurve } from './crowd/viewer-curve';
import type { CrowdOrder, CrowdSource, CrowdStep, MarketView } from './crowd/market';

/** Orders a step may send for a product beyond its stock (they come back refused: sold out). */
const OVERSHOOT = 20;

/**
 * The modelled crowd: a viewer curve over the show, and per product a demand that bursts when
 * the product is pinned and fades after, reacts to its price against the price first seen, and
 * rises when few are left. Pure: the same seed and the same sequence of market views give the
 * same steps.
 */
export class CrowdModel implements CrowdSource {
  private readonly prng: Prng;
  private readonly products = new Map<string, ProductDemand>();

  constructor(
    private readonly preset: CrowdPreset,
    seed: number,
  ) {
    this.prng = new Prng(seed);
  }

  step(simulatedMs: number, dtMs: number, market: MarketView): CrowdStep {
    const noise = 1 + this.preset.viewerNoise * this.prng.normal();
    const viewers = Math.max(0, Math.round(viewersOnCurve(this.preset, simulatedMs) * noise));
    const orders: CrowdOrder[] = [];
    for (const product of market.products) {
      const demand = this.demandOf(product.sku, product.priceMinor, product.stock);
      demand.observe(market.pinnedSku === product.sku, product.stock, simulatedMs);
      if (!market.live) continue;
      const rate = demand.rate(viewers, product.priceMinor, product.stock, simulatedMs);
      const count = Math.min(this.prng.poisson((rate * dtMs) / 1000), product.stock + OVERSHOOT);
      for (let index = 0; index < count; index++) {
        orders.push({ sku: product.sku, qty: 1 + this.prng.weighted(this.preset.qtyWeights) });
      }
    }
    this.shuffle(orders);
    return { viewers, orders: orders.slice(0, this.preset.maxOrdersPerTick) };
  }

  private demandOf(sku: string, priceMinor: number, stock: number): ProductDemand {
    let demand = this.products.get(sku);
    if (!demand) {
      const appeal = 1 + this.preset.appealSpread * (2 * this.prng.next() - 1);
      demand = new ProductDemand(this.preset, priceMinor, stock, appeal);
      this.products.set(sku, demand);
    }
    return demand;
  }

  /** Viewers of different products click in no set order (Fisher-Yates, seeded). */
  private shuffle(orders: CrowdOrder[]): void {
    for (let index = orders.length - 1; index > 0; index--) {
      const other = this.prng.int(index + 1);
      [orders[index], orders[other]] = [orders[other], orders[index]];
    }
  }
}
