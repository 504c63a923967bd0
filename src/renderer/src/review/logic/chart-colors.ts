import type { TimelineMarker } from '../../../../shared/model/review';

/** Line colours of the products, in lineup order (repeating past ten). */
const PRODUCT_COLORS = [
  'blue',
  'orange',
  'teal',
  'grape',
  'yellow',
  'cyan',
  'pink',
  'lime',
  'indigo',
  'red',
] as const;

export function productColor(index: number): string {
  return `var(--mantine-color-${PRODUCT_COLORS[index % PRODUCT_COLORS.length]}-5)`;
}

/** How the timeline groups its markers: one colour and one legend entry each. */
export type MarkerCategory = 'talkingPoint' | 'price' | 'restock' | 'link' | 'note' | 'show';

export const MARKER_CATEGORIES: readonly MarkerCategory[] = [
  'talkingPoint',
  'price',
  'restock',
  'link',
  'note',
  'show',
];

const CATEGORY_COLORS: Record<MarkerCategory, string> = {
  talkingPoint: 'var(--mantine-color-violet-4)',
  price: 'var(--mantine-color-yellow-4)',
  restock: 'var(--mantine-color-green-4)',
  link: 'var(--mantine-color-red-5)',
  note: 'var(--mantine-color-cyan-3)',
  show: 'var(--mantine-color-gray-5)',
};

export function categoryColor(category: MarkerCategory): string {
  return CATEGORY_COLORS[category];
}

export const OUTAGE_COLOR = 'var(--mantine-color-red-7)';

/** The category a marker is drawn in; pins are drawn as shaded intervals instead (null). */
export function markerCategory(marker: TimelineMarker): MarkerCategory | null {
  switch (marker.type) {
    case 'pin':
    case 'unpin':
      return null;
    case 'talkingPoint':
      return 'talkingPoint';
    case 'price':
    case 'flashSale':
    case 'flashSaleEnded':
      return 'price';
    case 'restock':
      return 'restock';
    case 'linkDown':
    case 'linkUp':
    case 'protocolError':
    case 'commandRejected':
    case 'commandDropped':
    case 'snapshot':
      return 'link';
    case 'note':
      return 'note';
    case 'showState':
      return 'show';
    default: {
      const unreachable: never = marker;
      throw new Error(`unknown marker ${JSON.stringify(unreachable)}`);
    }
  }
}
