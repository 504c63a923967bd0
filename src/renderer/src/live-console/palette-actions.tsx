import { Kbd } from '@mantine/core';
import type {
  SpotlightActionData,
  SpotlightActionGroupData,
  SpotlightFilterFunction,
} from '@mantine/spotlight';
import type { TFunction } from 'i18next';
import type { Product } from '../../../shared/model/lineup';
import type { ShowState } from '../../../shared/model/live';
import type { LiveActions } from '../live-run/logic/live-actions';
import { UNPIN_KEY } from '../live-run/use-live-hotkeys';
import type { ConsoleActions } from './console-actions';
import { CONSOLE_KEYS } from './logic/console-keys';

export interface PaletteInput {
  t: TFunction;
  products: readonly Product[];
  showState: ShowState;
  followPin: boolean;
  autoArm: boolean;
  live: LiveActions;
  console: ConsoleActions;
  openLineup: () => void;
}

const key = (value: string) => <Kbd size="xs">{value.toUpperCase()}</Kbd>;

/** Every action of the live console, grouped, as the command palette lists them. */
export function paletteActions(input: PaletteInput): SpotlightActionGroupData[] {
  const { t, live, console: actions } = input;
  const show: SpotlightActionGroupData = {
    group: t('console.palette.groups.show'),
    actions: [
      ...(input.showState === 'planned'
        ? [
            {
              id: 'start',
              label: t('live.show.start'),
              onClick: () => live.open({ kind: 'startShow' }),
            },
          ]
        : []),
      ...(input.showState === 'live'
        ? [
            {
              id: 'end',
              label: t('console.palette.endShow'),
              onClick: () => live.open({ kind: 'endShow' }),
            },
          ]
        : []),
      {
        id: 'unpin',
        label: t('live.show.unpin'),
        rightSection: key(UNPIN_KEY),
        onClick: live.unpin,
      },
      { id: 'host', label: t('console.palette.hostView'), onClick: actions.openHostView },
      { id: 'lineup', label: t('console.palette.lineup'), onClick: input.openLineup },
    ],
  };
  const points: SpotlightActionGroupData = {
    group: t('console.palette.groups.points'),
    actions: [
      {
        id: 'next',
        label: t('console.palette.next'),
        rightSection: key(CONSOLE_KEYS.next),
        onClick: () => void actions.next(),
      },
      {
        id: 'previous',
        label: t('console.palette.previous'),
        rightSection: key(CONSOLE_KEYS.previous),
        onClick: () => void actions.previous(),
      },
      {
        id: 'done',
        label: t('console.palette.done'),
        rightSection: key(CONSOLE_KEYS.done),
        onClick: () => void actions.done(),
      },
      { id: 'add', label: t('console.palette.addPoint'), onClick: actions.openAddPoint },
      {
        id: 'follow',
        label: input.followPin ? t('console.palette.followOff') : t('console.palette.followOn'),
        onClick: () => void actions.setFollowPin(!input.followPin),
      },
    ],
  };
  const cue: SpotlightActionGroupData = {
    group: t('console.palette.groups.cue'),
    actions: [
      {
        id: 'fire',
        label: t('console.palette.fire'),
        rightSection: key(CONSOLE_KEYS.fire),
        onClick: () => void actions.fire(),
      },
      {
        id: 'armNext',
        label: t('console.cue.armNext'),
        rightSection: key(CONSOLE_KEYS.armNext),
        onClick: actions.armNextSlot,
      },
      { id: 'arm', label: t('console.palette.arm'), onClick: () => actions.openArm(null) },
      { id: 'clear', label: t('console.palette.clearCue'), onClick: () => void actions.clearCue() },
      {
        id: 'autoArm',
        label: input.autoArm ? t('console.palette.autoArmOff') : t('console.palette.autoArmOn'),
        onClick: () => void actions.setAutoArm(!input.autoArm),
      },
    ],
  };
  const products: SpotlightActionGroupData = {
    group: t('console.palette.groups.products'),
    actions: input.products.flatMap((product, index) => {
      const name = product.nameHost;
      const target = { sku: product.sku, name };
      const keywords = [product.sku, product.nameAudience];
      return [
        {
          id: `pin-${product.id}`,
          label: t('console.palette.pin', { slot: index + 1, name }),
          keywords,
          rightSection: index < 9 ? key(String(index + 1)) : undefined,
          onClick: () => live.pin(product.sku),
        },
        {
          id: `pinFor-${product.id}`,
          label: t('console.palette.pinFor', { name }),
          keywords,
          onClick: () => live.open({ kind: 'pinFor', product: target }),
        },
        {
          id: `restock-${product.id}`,
          label: t('console.palette.restock', { name }),
          keywords,
          onClick: () => live.open({ kind: 'restock', product: target }),
        },
        {
          id: `price-${product.id}`,
          label: t('console.palette.setPrice', { name }),
          keywords,
          onClick: () => live.open({ kind: 'setPrice', product: target }),
        },
        {
          id: `flash-${product.id}`,
          label: t('console.palette.flashSale', { name }),
          keywords,
          onClick: () => live.open({ kind: 'flashSale', product: target }),
        },
        {
          id: `arm-${product.id}`,
          label: t('console.palette.armProduct', { name }),
          keywords,
          onClick: () => actions.openArm(product.id),
        },
      ];
    }),
  };
  return [show, points, cue, products];
}

/** An action or a group of them, as Spotlight takes them. */
type PaletteItem = Parameters<SpotlightFilterFunction>[1][number];

function matches(action: SpotlightActionData, words: readonly string[]): boolean {
  const keywords = Array.isArray(action.keywords)
    ? action.keywords.join(' ')
    : (action.keywords ?? '');
  const text = `${action.label ?? ''} ${keywords}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** An action matches when each word of the query is in its label or keywords ("price gamma"). */
export const paletteFilter: SpotlightFilterFunction = (query, data) => {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return data;
  return data.flatMap((item): PaletteItem[] => {
    if (!('actions' in item)) return matches(item, words) ? [item] : [];
    const actions = item.actions.filter((action) => matches(action, words));
    return actions.length > 0 ? [{ ...item, actions }] : [];
  });
};
