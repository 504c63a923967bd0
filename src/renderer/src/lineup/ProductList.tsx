import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, Show } from '../../../shared/model/lineup';
import { SortableItem } from '../components/SortableItem';
import { SortableList } from '../components/SortableList';
import { ProductCard, type ProductActions } from './ProductCard';

interface ProductListProps extends ProductActions {
  show: Show;
  onReorder: (productIds: number[]) => void;
  saving: boolean;
  /** Renders a product's live figures while a run of the show is open. */
  liveRow?: (product: Product) => ReactNode;
}

/** The show's products in lineup order, sortable by drag and drop or keyboard. */
export function ProductList({ show, onReorder, saving, liveRow, ...actions }: ProductListProps) {
  const { t } = useTranslation();
  return (
    <SortableList
      items={show.products}
      label={t('products.listLabel', { name: show.name })}
      itemLabel={(product) => product.nameHost}
      onReorder={onReorder}
      busy={saving}
    >
      {(product, index) => (
        <SortableItem
          key={product.id}
          id={product.id}
          handleLabel={t('products.moveHandle', { name: product.nameHost, position: index + 1 })}
        >
          {(handle) => (
            <ProductCard
              product={product}
              position={index + 1}
              handle={handle}
              audienceLanguage={show.audienceLanguage}
              saving={saving}
              live={liveRow?.(product)}
              {...actions}
            />
          )}
        </SortableItem>
      )}
    </SortableList>
  );
}
