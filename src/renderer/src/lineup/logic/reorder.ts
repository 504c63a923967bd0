import type { Product, Show, TalkingPoint } from '../../../../shared/model/lineup';

function inOrder<T extends { id: number; position: number }>(
  items: readonly T[],
  ids: number[],
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id, index) => {
    const item = byId.get(id);
    return item ? [{ ...item, position: index + 1 }] : [];
  });
}

/** The show with its products in the given order, for an optimistic move. */
export function withProductOrder(show: Show, productIds: number[]): Show {
  return { ...show, products: inOrder(show.products, productIds) };
}

/** The show with one list of talking points (a product's, or the show's own) in the given order. */
export function withTalkingPointOrder(show: Show, productId: number | null, ids: number[]): Show {
  if (productId === null) return { ...show, talkingPoints: inOrder(show.talkingPoints, ids) };
  return {
    ...show,
    products: show.products.map((product): Product =>
      product.id === productId
        ? { ...product, talkingPoints: inOrder<TalkingPoint>(product.talkingPoints, ids) }
        : product,
    ),
  };
}
