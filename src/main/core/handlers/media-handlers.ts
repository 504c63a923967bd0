import { checkImage, storeImage } from '../media/image-store';
import { setProductImagePath } from '../media/product-image';
import { requireProductRow } from '../lineup/show-queries';
import { announceLineupChange, type HandlerContext, type HandlerSlice } from './context';

type MediaMethods = 'product.setImage' | 'product.clearImage';

export function mediaHandlers(context: HandlerContext): HandlerSlice<MediaMethods> {
  const { db, dataDir } = context;
  return {
    'product.setImage': ({ productId, mimeType, dataBase64 }) => {
      requireProductRow(db, productId);
      const bytes = checkImage(dataBase64, mimeType);
      const imagePath = storeImage(dataDir, bytes, mimeType);
      const show = setProductImagePath(db, productId, imagePath);
      announceLineupChange(context, show.id);
      return show;
    },
    'product.clearImage': ({ productId }) => {
      const show = setProductImagePath(db, productId, null);
      announceLineupChange(context, show.id);
      return show;
    },
  };
}
