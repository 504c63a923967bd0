import { useTranslation } from 'react-i18next';
import classes from './console.module.css';

interface ProductThumbProps {
  name: string;
  imagePath: string | null;
  /** The lineup slot, the digit that pins it (shown in the corner). */
  slot: number;
}

/**
 * The product's picture when the lineup holds it inline (a data: URL; the page may load nothing
 * else), otherwise a placeholder with the name's first letter. The slot number sits in a corner.
 */
export function ProductThumb({ name, imagePath, slot }: ProductThumbProps) {
  const { t } = useTranslation();
  const inline = imagePath !== null && imagePath.startsWith('data:image/');
  return (
    <div className={classes.thumb}>
      {inline ? (
        <img src={imagePath} alt={t('console.card.picture', { name })} />
      ) : (
        <span aria-hidden>{Array.from(name)[0]?.toUpperCase() ?? '?'}</span>
      )}
      <span className={classes.slotKey} aria-hidden>
        {slot}
      </span>
    </div>
  );
}
