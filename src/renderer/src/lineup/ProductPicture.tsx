import classes from './product-picture.module.css';

interface ProductPictureProps {
  /** Where to load the picture from; undefined shows the placeholder. */
  src: string | undefined;
  /** The product's name: the picture's alt text, and the placeholder's letter. */
  name: string;
  /** Width and height in pixels. */
  size: number;
}

/** A square thumbnail of a product's picture, or its name's first letter when it has none. */
export function ProductPicture({ src, name, size }: ProductPictureProps) {
  return (
    <span
      className={classes.picture}
      style={{ width: size, height: size, fontSize: size / 2 }}
      data-testid="product-picture"
    >
      {src !== undefined ? (
        <img src={src} alt={name} width={size} height={size} />
      ) : (
        <span aria-hidden>{Array.from(name.trim())[0]?.toUpperCase() ?? '?'}</span>
      )}
    </span>
  );
}
