import { Button, FileButton, Group, Input, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../api/media-url';
import { IMAGE_TYPES } from '../../../shared/model/media';
import type { PickedImage } from './picked-image';
import { ProductPicture } from './ProductPicture';

interface ProductImageFieldProps {
  /** The product's name as typed so far (the preview's alt text). */
  name: string;
  /** The stored picture ('' for none). */
  imagePath: string;
  /** A picture chosen in this form and not saved yet. */
  picked: PickedImage | null;
  error: string | undefined;
  onPick: (file: File | null) => void;
  onRemove: () => void;
}

const ACCEPT = Object.keys(IMAGE_TYPES).join(',');

/** The product form's picture: a preview, a button to choose a file and one to remove it. */
export function ProductImageField({
  name,
  imagePath,
  picked,
  error,
  onPick,
  onRemove,
}: ProductImageFieldProps) {
  const { t } = useTranslation();
  const hasImage = picked !== null || imagePath !== '';
  const src = picked?.dataUrl ?? mediaUrl(imagePath === '' ? null : imagePath);
  const alt = name.trim() === '' ? t('products.image.preview') : name.trim();
  return (
    <Input.Wrapper
      mt="md"
      labelElement="div"
      label={t('products.fields.imagePath')}
      description={t('products.image.help')}
      error={error}
    >
      <Group gap="sm" mt={6} data-testid="product-image-field">
        {hasImage ? (
          <ProductPicture src={src} name={alt} size={64} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('products.noImage')}
          </Text>
        )}
        <FileButton onChange={onPick} accept={ACCEPT}>
          {(props) => (
            <Button variant="default" size="compact-sm" {...props}>
              {hasImage ? t('products.image.replace') : t('products.image.choose')}
            </Button>
          )}
        </FileButton>
        {hasImage && (
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
            {t('products.image.remove')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
