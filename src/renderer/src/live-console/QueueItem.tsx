import { IconCircleCheck, IconPlayerPlayFilled } from '@tabler/icons-react';
import { memo, useCallback, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirState } from '../../../shared/model/onair';
import { SortableItem } from '../components/SortableItem';
import classes from './console.module.css';
import { rowView, type QueueRow } from './logic/queue-view';
import { shallowEqual } from '../api/logic/picked';
import { useOnAir } from './onair-context';
import { useFilledText } from '../live-run/use-filled-point';
import { useLiveRowSelect } from '../live-run/use-live';
import { speaksOfSoldOut } from '../../../shared/onair/fill-point';

const selectHostLanguage = (state: OnAirState | null) => state?.hostLanguage ?? 'zh-CN';

interface QueueItemProps {
  /** The point as the list was drawn; its values, done and current marks are read live. */
  row: QueueRow;
  position: number;
  productLabel: string;
  onGoto: (talkingPointId: number) => void;
}

interface QueueTextProps {
  id: string;
  sku: string | null;
  template: string;
  language: Language;
  current: boolean;
  /** Done, or speaking of a product sold out: struck through. */
  struck: boolean;
}

/**
 * A queue row's text with its live values: a component of its own (the row's button and handle
 * are named by it), so that a new value redraws the text and not the row; a plain element (a
 * Mantine Text parses its style props again at every render, with every value).
 */
function QueueText({ id, sku, template, language, current, struck }: QueueTextProps) {
  const text = useFilledText(sku, template, language);
  return (
    <p
      id={id}
      className={classes.queueText}
      data-current={current}
      data-struck={struck}
      title={text}
      data-testid="queue-item-text"
    >
      {text}
    </p>
  );
}

interface QueueRowBodyProps extends QueueItemProps {
  /** The drag handle, placed by the SortableItem around this body. */
  handle: ReactNode;
  /** The ids that name the handle and the button (see QueueItem). */
  ids: string;
}

/**
 * A queue row's content: it reads the row's marks and live values itself, so that N / P and a
 * live value render this body and not the sortable item around it (its drag handle, useSortable).
 * Plain elements with the look of Mantine's: N / P render two of these at each press.
 */
function QueueRowBody({ row, position, productLabel, onGoto, handle, ids }: QueueRowBodyProps) {
  const { t } = useTranslation();
  const { id } = row;
  const textId = `${ids}text`;
  const select = useCallback(
    (state: OnAirState | null) =>
      state === null ? null : rowView(state.queue, state.current?.id ?? null, id),
    [id],
  );
  const live = useOnAir(select, shallowEqual);
  const language = useOnAir(selectHostLanguage);
  const { template, valuesSku, done, current } = live ?? { ...row, current: false };
  const soldOut = useLiveRowSelect(valuesSku, (liveRow) =>
    speaksOfSoldOut(row.productId, [template], liveRow?.product),
  );
  const struck = done || soldOut;
  const mark = done ? t('console.queue.doneMark') : soldOut ? t('console.queue.soldOut') : null;
  const label = mark === null ? productLabel : `${mark} · ${productLabel}`;
  return (
    <div
      className={classes.queueItem}
      data-current={current}
      data-done={done}
      data-sold-out={soldOut}
      data-testid="queue-item"
    >
      <span id={`${ids}move`} hidden>
        {t('console.queue.moveHandlePrefix', { position })}
      </span>
      <span id={`${ids}goto`} hidden>
        {t('console.queue.gotoPrefix')}
      </span>
      {handle}
      <button
        type="button"
        className={`mantine-focus-auto ${classes.queueGoto}`}
        onClick={() => onGoto(id)}
        aria-current={current ? 'step' : undefined}
        aria-labelledby={`${ids}goto ${textId}`}
      >
        {current ? (
          <IconPlayerPlayFilled size={16} color="var(--mantine-color-yellow-4)" aria-hidden />
        ) : done ? (
          <IconCircleCheck size={16} color="var(--mantine-color-green-4)" aria-hidden />
        ) : (
          <span className={classes.queuePosition} aria-hidden>
            {position}
          </span>
        )}
        <span className={classes.queueLines}>
          <QueueText
            id={textId}
            sku={valuesSku}
            template={template}
            language={language}
            current={current}
            struck={struck}
          />
          <span
            className={classes.queueMark}
            data-alert={soldOut && !done}
            title={productLabel}
            data-testid="queue-item-mark"
          >
            {label}
          </span>
        </span>
      </button>
    </div>
  );
}

/**
 * One talking point in the queue: drag handle, done or current mark, text; a click makes it
 * current. Its body reads its own marks from what is on air and its live values from its
 * product's live row, so that N / P redraws the bodies whose marks they change and a live value
 * only the texts it changes, not the sortable items or the list (a point the core no longer
 * lists, still drawn until the list follows, keeps what the list had).
 */
export const QueueItem = memo(function QueueItem(props: QueueItemProps) {
  const ids = useId();
  return (
    <SortableItem id={props.row.id} handleLabelledBy={`${ids}move ${ids}text`}>
      {(handle) => <QueueRowBody {...props} handle={handle} ids={ids} />}
    </SortableItem>
  );
});
