import { useTranslation } from 'react-i18next';
import type { Product, ProductInput, Show, TalkingPoint } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import { ConfirmModal } from '../components/ConfirmModal';
import { CsvImportModal } from './CsvImportModal';
import { base64Of, type PickedImage } from './picked-image';
import { ProductFormModal } from './ProductFormModal';
import { TalkingPointFormModal } from './TalkingPointFormModal';

export type EditorDialog =
  | { kind: 'addProduct' }
  | { kind: 'editProduct'; product: Product }
  | { kind: 'removeProduct'; product: Product }
  | { kind: 'addPoint'; product: Product | null }
  | { kind: 'editPoint'; point: TalkingPoint }
  | { kind: 'removePoint'; point: TalkingPoint }
  | { kind: 'importCsv' };

interface EditorDialogsProps {
  show: Show;
  dialog: EditorDialog | null;
  /** Takes the show as the core returned it after a change. */
  onSaved: (show: Show) => void;
  onClose: () => void;
}

/** The modals of the show editor; each saves through the console API. */
export function EditorDialogs({ show, dialog, onSaved, onClose }: EditorDialogsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const lastCurrency = show.products.at(-1)?.currency ?? 'CNY';
  const languages = { hostLanguage: show.hostLanguage, audienceLanguage: show.audienceLanguage };
  const ownerOf = (point: TalkingPoint) =>
    show.products.find((product) => product.id === point.productId)?.nameHost ?? show.name;

  /** Adds or updates a product; resolves with its id (a new one is found by its SKU). */
  const saveProduct = async (productId: number | null, product: ProductInput) => {
    const saved =
      productId === null
        ? await api.invoke('product.add', { showId: show.id, product })
        : await api.invoke('product.update', { productId, product });
    onSaved(saved);
    const id = productId ?? saved.products.find((each) => each.sku === product.sku.trim())?.id;
    if (id === undefined) throw new Error(`The saved show has no product ${product.sku}`);
    return id;
  };

  const saveImage = async (productId: number, image: PickedImage) => {
    onSaved(
      await api.invoke('product.setImage', {
        productId,
        fileName: image.fileName,
        mimeType: image.mimeType,
        dataBase64: base64Of(image),
      }),
    );
  };

  return (
    <>
      {(dialog?.kind === 'addProduct' || dialog?.kind === 'editProduct') && (
        <ProductFormModal
          product={dialog.kind === 'editProduct' ? dialog.product : null}
          defaultCurrency={lastCurrency}
          {...languages}
          onClose={onClose}
          onSubmit={saveProduct}
          onSaveImage={saveImage}
        />
      )}
      {(dialog?.kind === 'addPoint' || dialog?.kind === 'editPoint') && (
        <TalkingPointFormModal
          point={dialog.kind === 'editPoint' ? dialog.point : null}
          ownerName={
            dialog.kind === 'editPoint'
              ? ownerOf(dialog.point)
              : (dialog.product?.nameHost ?? show.name)
          }
          {...languages}
          onClose={onClose}
          onSubmit={async (point) =>
            onSaved(
              dialog.kind === 'editPoint'
                ? await api.invoke('talkingPoint.update', {
                    talkingPointId: dialog.point.id,
                    point,
                  })
                : await api.invoke('talkingPoint.add', {
                    showId: show.id,
                    productId: dialog.product?.id ?? null,
                    point,
                  }),
            )
          }
        />
      )}
      {dialog?.kind === 'importCsv' && (
        <CsvImportModal show={show} onImported={onSaved} onClose={onClose} />
      )}
      <ConfirmModal
        opened={dialog?.kind === 'removeProduct'}
        title={t('products.removeTitle')}
        confirmLabel={t('products.remove')}
        onClose={onClose}
        onConfirm={async () => {
          if (dialog?.kind !== 'removeProduct') return;
          onSaved(await api.invoke('product.remove', { productId: dialog.product.id }));
        }}
      >
        {dialog?.kind === 'removeProduct' &&
          t('products.removeConfirm', { name: dialog.product.nameHost, show: show.name })}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog?.kind === 'removePoint'}
        title={t('talkingPoints.removeTitle')}
        confirmLabel={t('talkingPoints.remove')}
        onClose={onClose}
        onConfirm={async () => {
          if (dialog?.kind !== 'removePoint') return;
          onSaved(await api.invoke('talkingPoint.remove', { talkingPointId: dialog.point.id }));
        }}
      >
        {dialog?.kind === 'removePoint' &&
          t('talkingPoints.removeConfirm', { text: dialog.point.textHost })}
      </ConfirmModal>
    </>
  );
}
