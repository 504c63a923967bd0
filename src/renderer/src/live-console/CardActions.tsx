import { ActionIcon, Button, Menu, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconBolt,
  IconDots,
  IconPackageImport,
  IconStopwatch,
  IconTag,
  IconTargetArrow,
} from '@tabler/icons-react';
import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveActions } from '../live-run/logic/live-actions';
import { useConsoleActions } from './console-actions';
import classes from './console.module.css';

interface CardActionsProps {
  productId: number;
  sku: string;
  name: string;
  /** Pinned as the screen shows it (a pending pin counts). */
  pinned: boolean;
}

function IconAction({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} openDelay={400} withinPortal>
      <ActionIcon variant="default" size="md" aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** Mantine's Button (the root's classes, with the focus ring and the press) drawn as it draws it. */
const BUTTON_CLASS = [
  'mantine-focus-auto mantine-active',
  Button.classes.root,
  'mantine-Button-root',
  UnstyledButton.classes.root,
  'mantine-UnstyledButton-root',
].join(' ');
const COMPACT_MD = {
  '--button-height': 'var(--button-height-compact-md)',
  '--button-padding-x': 'var(--button-padding-x-compact-md)',
  '--button-fz': 'var(--mantine-font-size-md)',
  paddingInline: 'calc(0.625rem * var(--mantine-scale))',
};
/** Mantine's compact-md filled Button's variables (the primary colour's filled look). */
const FILLED = { ...COMPACT_MD, '--button-color': 'var(--mantine-color-white)' } as CSSProperties;
/** Mantine's compact-md default Button's variables. */
const DEFAULT = {
  ...COMPACT_MD,
  '--button-color': 'var(--mantine-color-default-color)',
  '--button-bg': 'var(--mantine-color-default)',
  '--button-hover': 'var(--mantine-color-default-hover)',
  '--button-bd': 'calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-default-border)',
} as CSSProperties;

/**
 * Pin or unpin at once: the one action that changes with the pin. A pin key renders it, so it is
 * a plain button with Mantine's Button classes and variables (filled to pin, default to unpin):
 * its look, focus ring and press are Mantine's without a Mantine component's render.
 */
function PinButton({ sku, name, pinned }: { sku: string; name: string; pinned: boolean }) {
  const { t } = useTranslation();
  const live = useLiveActions();
  return (
    <button
      type="button"
      className={BUTTON_CLASS}
      data-size="compact-md"
      data-variant={pinned ? 'default' : undefined}
      style={pinned ? DEFAULT : FILLED}
      aria-label={t(pinned ? 'live.actions.unpinNamed' : 'live.actions.pinNamed', { name })}
      onClick={() => (pinned ? live.unpin() : live.pin(sku))}
    >
      <span className={`${Button.classes.inner} mantine-Button-inner`}>
        <span className={`${Button.classes.label} mantine-Button-label`}>
          {t(pinned ? 'live.actions.unpin' : 'live.actions.pin')}
        </span>
      </span>
    </button>
  );
}

/**
 * Restock, price and flash sale through their confirmed dialogs, a timed pin and arming a cue
 * from the menu: the same whatever is pinned, so a pin does not render them again (each has a
 * tooltip or a menu).
 */
const ProductCommands = memo(function ProductCommands({
  productId,
  sku,
  name,
}: Omit<CardActionsProps, 'pinned'>) {
  const { t } = useTranslation();
  const live = useLiveActions();
  const consoleActions = useConsoleActions();
  const product = useMemo(() => ({ sku, name }), [sku, name]);
  return (
    <>
      <IconAction
        label={t('console.card.restock', { name })}
        onClick={() => live.open({ kind: 'restock', product })}
      >
        <IconPackageImport size={18} aria-hidden />
      </IconAction>
      <IconAction
        label={t('console.card.setPrice', { name })}
        onClick={() => live.open({ kind: 'setPrice', product })}
      >
        <IconTag size={18} aria-hidden />
      </IconAction>
      <IconAction
        label={t('console.card.flashSale', { name })}
        onClick={() => live.open({ kind: 'flashSale', product })}
      >
        <IconBolt size={18} aria-hidden />
      </IconAction>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="md" aria-label={t('live.actions.more', { name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconStopwatch size={16} aria-hidden />}
            onClick={() => live.open({ kind: 'pinFor', product })}
          >
            {t('live.actions.pinFor')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconTargetArrow size={16} aria-hidden />}
            onClick={() => consoleActions.openArm(productId)}
          >
            {t('console.card.armCue')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
});

/**
 * A product's commands on its card: pin or unpin at once; restock, price and flash sale through
 * their confirmed dialogs; a timed pin and arming a cue from the menu.
 */
export const CardActions = memo(function CardActions({
  productId,
  sku,
  name,
  pinned,
}: CardActionsProps) {
  return (
    <div className={classes.actionRow}>
      <PinButton sku={sku} name={name} pinned={pinned} />
      <ProductCommands productId={productId} sku={sku} name={name} />
    </div>
  );
});
