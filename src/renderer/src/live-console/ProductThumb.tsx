import { memo } from 'react';
import { mediaUrl } from '../api/media-url';
import classes from './console.module.css';

interface ProductThumbProps {
  name: string;
  imagePath: string | null;
  /** The lineup slot, the digit that pins it (shown in the corner). */
  slot: number;
}

/**
 * The product's stored picture, otherwise a placeholder with the name's first letter. The slot
 * number sits in a corner.
 */
export const ProductThumb = memo(function ProductThumb({
  name,
  imagePath,
  slot,
}: ProductThumbProps) {
  const src = mediaUrl(imagePath);
  return (
    <div className={classes.thumb} data-testid="product-thumb">
      {src !== undefined ? (
        <img src={src} alt={name} />
      ) : (
        <span aria-hidden>{Array.from(name)[0]?.toUpperCase() ?? '?'}</span>
      )}
      <span className={classes.slotKey} aria-hidden>
        {slot}
      </span>
    </div>
  );
});
