import { useMemo } from 'react';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirPoint } from '../../../shared/model/onair';
import { fillPoint, fillTemplate, type FilledPoint } from '../../../shared/onair/fill-point';
import { joinParts } from '../../../shared/onair/fill-text';
import { useLiveProduct, useLiveRowSelect } from './use-live';

/**
 * A talking point filled from the live row of the product it speaks of: the row that product's
 * card reads, so the point and the card show the same figures in the same frame, and a point
 * whose product the row says is sold out is marked so.
 */
export function useFilledPoint(
  point: OnAirPoint | null,
  languages: { host: Language; audience: Language },
): FilledPoint | null {
  const product = useLiveProduct(point?.valuesSku ?? null);
  const { host, audience } = languages;
  return useMemo(
    () => (point === null ? null : fillPoint(point, product, { host, audience })),
    [point, product, host, audience],
  );
}

/**
 * The text of `template` filled from the live row of `sku`, for a line that shows it plainly (a
 * queue row): it renders again only when the text changes, not with every change of the row.
 */
export function useFilledText(sku: string | null, template: string, language: Language): string {
  const watched = template.includes('{') ? sku : null;
  return useLiveRowSelect(watched, (row) =>
    joinParts(fillTemplate(template, row?.product, language)),
  );
}
