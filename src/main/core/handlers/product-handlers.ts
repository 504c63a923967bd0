import {
  addProduct,
  removeProduct,
  reorderProducts,
  updateProduct,
} from '../lineup/product-repository';
import { assertNotLiveLocked } from '../lineup/live-lock';
import { announceLineupChange, type HandlerContext, type HandlerSlice } from './context';

type ProductMethods = 'product.add' | 'product.update' | 'product.remove' | 'product.reorder';

export function productHandlers(context: HandlerContext): HandlerSlice<ProductMethods> {
  const { db } = context;
  return {
    'product.add': ({ showId, product }) => {
      const show = addProduct(db, showId, product);
      announceLineupChange(context, show.id);
      return show;
    },
    'product.update': ({ productId, product }) => {
      assertNotLiveLocked(db, productId, product);
      const show = updateProduct(db, productId, product);
      announceLineupChange(context, show.id);
      return show;
    },
    'product.remove': ({ productId }) => {
      const show = removeProduct(db, productId);
      announceLineupChange(context, show.id);
      return show;
    },
    'product.reorder': ({ showId, productIds }) => {
      const show = reorderProducts(db, showId, productIds);
      announceLineupChange(context, show.id);
      return show;
    },
  };
}
