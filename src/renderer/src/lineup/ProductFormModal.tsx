import { Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../components/AppModal';
import { isOneOf } from '../../../shared/collections/one-of';
import type { Currency, Language, Product, ProductInput } from '../../../shared/model/lineup';
import { CURRENCIES } from '../../../shared/model/lineup-values';
import { loadInputSchemas } from '../api/input-schemas';
import { notifyError } from '../app/notify';
import { sayCoreText } from '../app/logic/core-text';
import { fieldErrors, liveLockedFields } from './logic/field-errors';
import { productIssueText } from './logic/product-issue-text';
import { CURRENCY_EXPONENT, toMinor } from '../../../shared/format/currency';
import { formatMajor } from '../../../shared/format/money';
import { pickProblem, readPickedImage, type PickedImage } from './picked-image';
import { ProductImageField } from './ProductImageField';

const FIELDS = [
  'sku',
  'nameHost',
  'nameAudience',
  'priceMinor',
  'currency',
  'openingStock',
  'lowStockThreshold',
  'imagePath',
  'dataBase64',
] as const;
type Field = (typeof FIELDS)[number];
/** The fields an open run of the show locks (they are on the sale server). */
const LIVE_FIELDS = ['sku', 'priceMinor', 'currency', 'openingStock'] as const;
type Errors = Partial<Record<Field, string>>;

interface ProductFormModalProps {
  /** The product to edit, or null to add one. */
  product: Product | null;
  defaultCurrency: Currency;
  hostLanguage: Language;
  audienceLanguage: Language;
  /** Adds the product (productId null) or updates it; resolves with its id. */
  onSubmit: (productId: number | null, product: ProductInput) => Promise<number>;
  /** Stores the picture chosen in the form for the saved product. */
  onSaveImage: (productId: number, image: PickedImage) => Promise<void>;
  onClose: () => void;
}

interface Draft {
  sku: string;
  nameHost: string;
  nameAudience: string;
  price: number | string;
  currency: Currency;
  openingStock: number | string;
  lowStockThreshold: number | string;
  imagePath: string;
}

/** NumberInput reports a number, or a string while the text is not one (empty, "-", "1."). */
function asNumber(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const parsed = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function draftOf(product: Product | null, currency: Currency): Draft {
  if (!product) {
    return {
      sku: '',
      nameHost: '',
      nameAudience: '',
      price: '',
      currency,
      openingStock: 0,
      lowStockThreshold: 0,
      imagePath: '',
    };
  }
  return {
    sku: product.sku,
    nameHost: product.nameHost,
    nameAudience: product.nameAudience,
    price: Number(formatMajor(product.priceMinor, product.currency)),
    currency: product.currency,
    openingStock: product.openingStock,
    lowStockThreshold: product.lowStockThreshold,
    imagePath: product.imagePath ?? '',
  };
}

/** Add or edit a product; the core validates it and its messages land on the fields. */
export function ProductFormModal({
  product,
  defaultCurrency,
  hostLanguage,
  audienceLanguage,
  onSubmit,
  onSaveImage,
  onClose,
}: ProductFormModalProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(product, defaultCurrency));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<PickedImage | null>(null);
  // Once added, the product is updated on the next save (its picture may still have failed).
  const [savedId, setSavedId] = useState(product?.id ?? null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors({});
  };

  const pick = (file: File | null) => {
    if (file === null) return;
    const problem = pickProblem(file);
    if (problem !== null) {
      setErrors({ imagePath: t(`products.image.${problem}`) });
      return;
    }
    readPickedImage(file).then(
      (image) => {
        setPicked(image);
        setErrors({});
      },
      (error: unknown) => notifyError(error),
    );
  };

  const removeImage = () => {
    setPicked(null);
    set('imagePath', '');
  };

  const missingNumbers = (): Errors => {
    const missing: Errors = {};
    if (asNumber(draft.price) === null) missing.priceMinor = t('form.numberRequired');
    if (asNumber(draft.openingStock) === null) missing.openingStock = t('form.numberRequired');
    if (asNumber(draft.lowStockThreshold) === null) {
      missing.lowStockThreshold = t('form.numberRequired');
    }
    return missing;
  };

  const candidate = (): ProductInput => ({
    sku: draft.sku,
    nameHost: draft.nameHost,
    nameAudience: draft.nameAudience,
    priceMinor: toMinor(Number(draft.price), draft.currency),
    currency: draft.currency,
    openingStock: Number(draft.openingStock),
    lowStockThreshold: Number(draft.lowStockThreshold),
    imagePath: draft.imagePath.trim() === '' ? null : draft.imagePath,
  });

  /** Every problem of the form at once: empty numbers and each field the lineup rules refuse. */
  const formErrors = async (): Promise<Errors> => {
    const errors = missingNumbers();
    const schemas = await loadInputSchemas();
    const parsed = schemas.ProductInput.safeParse(candidate());
    for (const issue of parsed.error?.issues ?? []) {
      const field = FIELDS.find((name) => name === issue.path[0]);
      if (field !== undefined && errors[field] === undefined) {
        errors[field] = sayCoreText(t, productIssueText(issue, draft.currency, i18n.language));
      }
    }
    return errors;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = await formErrors();
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      const productId = await onSubmit(savedId, candidate());
      setSavedId(productId);
      if (picked !== null) await onSaveImage(productId, picked);
      onClose();
    } catch (error) {
      const locked = liveLockedFields(error, LIVE_FIELDS);
      const byField = fieldErrors(t, error, FIELDS);
      if (locked.length > 0) {
        setErrors(
          Object.fromEntries(locked.map((field) => [field, t(`products.liveLocked.${field}`)])),
        );
      } else if (byField) {
        const { dataBase64, ...rest } = byField;
        setErrors(dataBase64 === undefined ? rest : { ...rest, imagePath: dataBase64 });
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const languageName = (language: Language) => t(`language.name.${language}`);

  return (
    <AppModal
      opened
      onClose={onClose}
      title={product ? t('products.editTitle', { name: product.nameHost }) : t('products.addTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            label={t('products.fields.nameHost', { language: languageName(hostLanguage) })}
            value={draft.nameHost}
            onChange={(event) => set('nameHost', event.currentTarget.value)}
            error={errors.nameHost}
            lang={hostLanguage}
            required
            data-autofocus
          />
          <TextInput
            label={t('products.fields.nameAudience', { language: languageName(audienceLanguage) })}
            value={draft.nameAudience}
            onChange={(event) => set('nameAudience', event.currentTarget.value)}
            error={errors.nameAudience}
            lang={audienceLanguage}
            required
          />
          <TextInput
            label={t('products.fields.sku')}
            value={draft.sku}
            onChange={(event) => set('sku', event.currentTarget.value)}
            error={errors.sku}
            required
          />
          <Group grow align="flex-start" gap="xs">
            <NumberInput
              label={t('products.fields.priceMajor')}
              value={draft.price}
              onChange={(value) => set('price', value)}
              error={errors.priceMinor}
              decimalScale={CURRENCY_EXPONENT[draft.currency]}
              fixedDecimalScale
              min={0}
              hideControls
              required
            />
            <Select
              label={t('products.fields.currency')}
              value={draft.currency}
              onChange={(value) => {
                if (isOneOf(CURRENCIES, value)) set('currency', value);
              }}
              data={CURRENCIES}
              error={errors.currency}
              allowDeselect={false}
              required
            />
          </Group>
          <NumberInput
            label={t('products.fields.openingStock')}
            value={draft.openingStock}
            onChange={(value) => set('openingStock', value)}
            error={errors.openingStock}
            allowDecimal={false}
            min={0}
            required
          />
          <NumberInput
            label={t('products.fields.lowStockThreshold')}
            description={t('products.lowStockHelp')}
            value={draft.lowStockThreshold}
            onChange={(value) => set('lowStockThreshold', value)}
            error={errors.lowStockThreshold}
            allowDecimal={false}
            min={0}
            required
          />
        </SimpleGrid>
        <ProductImageField
          name={draft.nameHost}
          imagePath={draft.imagePath}
          picked={picked}
          error={errors.imagePath}
          onPick={pick}
          onRemove={removeImage}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {product ? t('common.save') : t('products.add')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
