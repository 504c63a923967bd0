import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Product, TalkingPoint } from '../../../shared/model/lineup';
import { mediaUrl } from '../api/media-url';
import { formatMoney } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';
import classes from './product-card.module.css';
import { ProductPicture } from './ProductPicture';
import { TalkingPointList } from './TalkingPointList';

export interface ProductActions {
  onEdit: (product: Product) => void;
  onRemove: (product: Product) => void;
  onAddPoint: (product: Product) => void;
  onEditPoint: (point: TalkingPoint) => void;
  onRemovePoint: (point: TalkingPoint) => void;
  onReorderPoints: (product: Product, ids: number[]) => void;
  saving: boolean;
}

interface ProductCardProps extends ProductActions {
  product: Product;
  position: number;
  handle: ReactNode;
  audienceLanguage: Language;
  /** The product's live figures and commands while a run of the show is open. */
  live?: ReactNode;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** One product of the lineup: its details, its talking points and its actions. */
export function ProductCard({
  product,
  position,
  handle,
  audienceLanguage,
  live,
  ...actions
}: ProductCardProps) {
  const { t, i18n } = useTranslation();
  const pointsLabel = t('talkingPoints.forProduct', { name: product.nameHost });
  return (
    <Paper withBorder p="sm" data-testid="product-card">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {handle}
        <Badge variant="light" color="gray" size="lg" mt={2}>
          {position}
        </Badge>
        <Stack gap="xs" className={classes.body}>
          <div className={classes.head}>
            <div className={classes.names} data-testid="product-names">
              <Title order={4} size="h5">
                {product.nameHost}
              </Title>
              <Text c="dimmed" size="sm" lang={audienceLanguage}>
                {product.nameAudience}
              </Text>
            </div>
            <div className={classes.details} data-testid="product-details">
              <Field label={t('products.fields.sku')}>{product.sku}</Field>
              <Field label={t('products.fields.price')}>
                {formatMoney(product.priceMinor, product.currency, i18n.language)}
              </Field>
              <Field label={t('products.fields.openingStock')}>
                {formatCount(product.openingStock, i18n.language)}
              </Field>
              <Field label={t('products.fields.lowStockThreshold')}>
                {formatCount(product.lowStockThreshold, i18n.language)}
              </Field>
              <Field label={t('products.fields.imagePath')}>
                {product.imagePath === null ? (
                  t('products.noImage')
                ) : (
                  <ProductPicture
                    src={mediaUrl(product.imagePath)}
                    name={product.nameHost}
                    size={40}
                  />
                )}
              </Field>
            </div>
            <Group gap={4} wrap="nowrap" className={classes.actions}>
              <ActionIcon
                variant="subtle"
                aria-label={t('products.editNamed', { name: product.nameHost })}
                onClick={() => actions.onEdit(product)}
              >
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('products.removeNamed', { name: product.nameHost })}
                onClick={() => actions.onRemove(product)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </div>
          {live}
          {product.talkingPoints.length > 0 && (
            <TalkingPointList
              points={product.talkingPoints}
              label={pointsLabel}
              audienceLanguage={audienceLanguage}
              onReorder={(ids) => actions.onReorderPoints(product, ids)}
              saving={actions.saving}
              onEdit={actions.onEditPoint}
              onRemove={actions.onRemovePoint}
            />
          )}
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPlus size={14} aria-hidden />}
              aria-label={t('talkingPoints.addFor', { name: product.nameHost })}
              onClick={() => actions.onAddPoint(product)}
            >
              {t('talkingPoints.add')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
