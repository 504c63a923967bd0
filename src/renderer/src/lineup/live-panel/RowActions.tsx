import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import {
  IconBolt,
  IconCurrencyDollar,
  IconDots,
  IconPackageImport,
  IconPin,
  IconPinnedOff,
  IconStopwatch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLiveActions, type DialogProduct } from '../../live-run/logic/live-actions';

/** Pin or unpin at once; the other commands open a dialog from the menu. */
export function RowActions({ product, pinned }: { product: DialogProduct; pinned: boolean }) {
  const { t } = useTranslation();
  const actions = useLiveActions();
  return (
    <Group gap={4} wrap="nowrap">
      {pinned ? (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPinnedOff size={14} aria-hidden />}
          aria-label={t('live.actions.unpinNamed', { name: product.name })}
          onClick={() => actions.unpin()}
        >
          {t('live.actions.unpin')}
        </Button>
      ) : (
        <Button
          size="compact-sm"
          leftSection={<IconPin size={14} aria-hidden />}
          aria-label={t('live.actions.pinNamed', { name: product.name })}
          onClick={() => actions.pin(product.sku)}
        >
          {t('live.actions.pin')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" aria-label={t('live.actions.more', { name: product.name })}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconStopwatch size={16} aria-hidden />}
            onClick={() => actions.open({ kind: 'pinFor', product })}
          >
            {t('live.actions.pinFor')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconPackageImport size={16} aria-hidden />}
            onClick={() => actions.open({ kind: 'restock', product })}
          >
            {t('live.actions.restock')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconCurrencyDollar size={16} aria-hidden />}
            onClick={() => actions.open({ kind: 'setPrice', product })}
          >
            {t('live.actions.setPrice')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconBolt size={16} aria-hidden />}
            onClick={() => actions.open({ kind: 'flashSale', product })}
          >
            {t('live.actions.flashSale')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
