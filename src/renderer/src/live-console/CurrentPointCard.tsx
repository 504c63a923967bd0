import { memo } from 'react';
import { Badge, Button, Group, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OnAirState, TextPart } from '../../../shared/model/onair';
import { formatSeconds } from '../../../shared/format/durations';
import { shallowEqual } from '../api/logic/picked';
import { useConsoleActions } from './console-actions';
import { CONSOLE_KEYS } from './logic/console-keys';
import classes from './console.module.css';
import { LiveText } from './LiveText';
import { useOnAir } from './onair-context';
import type { Language } from '../../../shared/model/lineup';
import { fillTemplate, speaksOfSoldOut } from '../../../shared/onair/fill-point';
import { joinParts } from '../../../shared/onair/fill-text';
import type { LiveRow } from '../live-run/logic/live-store';
import { useLiveRowSelect } from '../live-run/use-live';

/** What the card draws of the current point besides its text (which follows the live values). */
const selectCurrent = (state: OnAirState | null) => {
  const current = state?.current;
  if (!current) return null;
  const { id, productId, plannedSeconds, valuesSku, templateHost, templateAudience } = current;
  return { id, productId, plannedSeconds, valuesSku, templateHost, templateAudience };
};
const selectLanguages = (state: OnAirState | null) => ({
  host: state?.hostLanguage ?? 'zh-CN',
  audience: state?.audienceLanguage ?? 'zh-CN',
});

const sameParts = (a: readonly TextPart[], b: readonly TextPart[]) =>
  a.length === b.length &&
  a.every((part, index) => part.text === b[index].text && part.value === b[index].value);

/**
 * The current point's text with its live values, filled from the live row its product's card
 * reads (one figure on the screen, never a frame apart): a component of its own, so that a live
 * value redraws the text and not the card. A text longer than its lines is cut with an ellipsis
 * and reads whole in its title (a product name may be 120 characters: the whole point would push
 * the card's buttons and the queue out of the panel at 1280x720). A plain element, not a Mantine
 * Text, which parses its style props at every render, with every live value.
 */
function CurrentText({
  template,
  sku,
  language,
  className,
  struck,
  ...attributes
}: {
  template: string;
  sku: string | null;
  language: Language;
  /** The line's look: the host's line or the audience's (see console.module.css). */
  className: string;
  /** Sold out: struck through and dimmed. */
  struck: boolean;
  lang?: string;
  'data-testid': string;
  'data-point-id'?: number;
}) {
  const parts = useLiveRowSelect(
    template.includes('{') ? sku : null,
    (row) => fillTemplate(template, row?.product, language),
    sameParts,
  );
  return (
    <p
      {...attributes}
      className={`${classes.pointText} ${className}`}
      data-struck={struck}
      title={joinParts(parts)}
    >
      <LiveText parts={parts} />
    </p>
  );
}

/**
 * Previous, done and next with their keys: a component of its own, so that N / P redraw the
 * point and not the buttons.
 */
const PointButtons = memo(function PointButtons({ hasCurrent }: { hasCurrent: boolean }) {
  const { t } = useTranslation();
  const actions = useConsoleActions();
  return (
    <Group gap={6} wrap="wrap" mt={4} style={{ flex: 'none' }} data-testid="console-point-buttons">
      <Button
        size="compact-sm"
        variant="default"
        rightSection={<Kbd size="xs">{CONSOLE_KEYS.previous.toUpperCase()}</Kbd>}
        onClick={() => void actions.previous()}
      >
        {t('console.queue.previous')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        rightSection={<Kbd size="xs">{CONSOLE_KEYS.done.toUpperCase()}</Kbd>}
        onClick={() => void actions.done()}
        disabled={!hasCurrent}
      >
        {t('console.queue.done')}
      </Button>
      <Button
        size="compact-sm"
        rightSection={<Kbd size="xs">{CONSOLE_KEYS.next.toUpperCase()}</Kbd>}
        onClick={() => void actions.next()}
      >
        {t('console.queue.next')}
      </Button>
    </Group>
  );
});

/**
 * The talking point the host reads now, with its live values filled in, and the buttons (and
 * keys) that move the queue: previous, done, next; a point whose product's live row is sold out
 * is struck through. Plain elements with the look of Mantine's (see console.module.css): N / P
 * render this card, and a Mantine component parses its style props at every render.
 */
export const CurrentPointCard = memo(function CurrentPointCard({
  productName,
}: {
  productName: (id: number | null) => string;
}) {
  const { t } = useTranslation();
  const current = useOnAir(selectCurrent, shallowEqual);
  const languages = useOnAir(selectLanguages, shallowEqual);
  const soldOut = useLiveRowSelect(current?.valuesSku ?? null, (row: LiveRow | undefined) =>
    current === null
      ? false
      : speaksOfSoldOut(
          current.productId,
          [current.templateHost, current.templateAudience],
          row?.product,
        ),
  );
  const heading =
    current === null
      ? null
      : `${productName(current.productId)} · ${formatSeconds(current.plannedSeconds)}`;
  return (
    <div className={classes.currentCard}>
      <div className={classes.currentHead}>
        <p className={classes.currentLabel}>{t('console.queue.current')}</p>
        {heading !== null && (
          <p className={classes.currentProduct} title={heading}>
            {heading}
          </p>
        )}
      </div>
      {current === null ? (
        <p className={classes.noCurrent} data-testid="console-current-point">
          {t('console.queue.noCurrent')}
        </p>
      ) : (
        <div
          className={classes.currentText}
          data-sold-out={soldOut}
          data-testid="console-current-text"
        >
          {soldOut && (
            <Badge color="red" variant="filled" data-testid="current-point-sold-out">
              {t('console.queue.soldOut')}
            </Badge>
          )}
          {/* A sold-out point's lines are struck through and dimmed, its live values not picked out. */}
          <CurrentText
            className={classes.currentHost}
            struck={soldOut}
            data-testid="console-current-point"
            data-point-id={current.id}
            template={current.templateHost}
            sku={current.valuesSku}
            language={languages.host}
          />
          {current.templateAudience !== '' && (
            <CurrentText
              className={classes.currentAudience}
              struck={soldOut}
              lang={languages.audience}
              data-testid="console-current-audience"
              template={current.templateAudience}
              sku={current.valuesSku}
              language={languages.audience}
            />
          )}
        </div>
      )}
      <PointButtons hasCurrent={current !== null} />
    </div>
  );
});
