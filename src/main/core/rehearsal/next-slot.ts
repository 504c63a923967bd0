import type { LiveState } from '../../../shared/model/live';

/**
 * The lineup slot after the current one: the product after the pinned one (as it will be once
 * pending commands apply), or, with nothing pinned, the product after the last one pinned so far
 * (the first product if none was). null after the last slot.
 */
export function nextSlotSku(state: LiveState): string | null {
  const { products } = state;
  const pinned = state.displayPin.sku;
  let index: number;
  if (pinned !== null) {
    index = products.findIndex((product) => product.sku === pinned) + 1;
  } else {
    index = 0;
    products.forEach((product, position) => {
      if (product.firstPinnedAt !== null) index = position + 1;
    });
  }
  return products[index]?.sku ?? null;
}
