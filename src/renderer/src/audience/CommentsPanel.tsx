import {
  ActionIcon,
  Button,
  Group,
  Kbd,
  Paper,
  SegmentedControl,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowDown, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AudienceComment,
  AudienceCounts,
  AudienceState,
} from '../../../shared/model/audience';
import { formatCount } from '../../../shared/format/numbers';
import { useApi } from '../api/api-context';
import { sameItems, shallowEqual } from '../api/logic/picked';
import { usePicked } from '../api/use-picked';
import { notifyError } from '../app/notify';
import { useOnAir } from '../live-console/onair-context';
import { useRunMode } from '../rehearsal/use-run-mode';
import classes from './comments.module.css';
import type { CommentFeed, CommentFeedView } from './logic/comment-feed';
import { filterComments, parseKeywords, type FeedFilter } from './logic/comment-filter';
import { useAudience, useCommentFeed, type AudienceStore } from './use-audience';
import { observeScrollOffset } from './scroll-offset';
import { useFollowNewest } from './use-follow-newest';

const ROW_PX = 28;
/** The open panel's least height: its controls and a few rows. */
const MIN_OPEN_PX = 180;
/**
 * The lines the question on the host view wraps to, so that the producer reads which question the
 * host reads (a viewer's question fits; one of 500 characters reads whole in its title).
 */
const HOST_LINES = 3;
const selectPinnedSku = (state: { pinned: { sku: string } | null } | null) =>
  state?.pinned?.sku ?? null;
/** What the panel follows of the pin when its filter is not the pinned product's: nothing. */
const selectNoSku = () => null;

/** What the panel draws of the audience state (not its counts or alerts, which change often). */
interface PanelAudience {
  available: boolean;
  pinned: AudienceComment | null;
  hostQuestion: AudienceState['hostQuestion'];
  hidden: readonly string[];
  muted: readonly string[];
}

const selectPanel = (state: AudienceState | null): PanelAudience => ({
  available: state?.available ?? false,
  pinned: state?.pinned ?? null,
  hostQuestion: state?.hostQuestion ?? null,
  hidden: state?.hidden ?? [],
  muted: state?.muted ?? [],
});

const samePanel = (a: PanelAudience, b: PanelAudience) =>
  a.available === b.available &&
  a.pinned?.id === b.pinned?.id &&
  a.hostQuestion?.comment.id === b.hostQuestion?.comment.id &&
  a.hostQuestion?.sentAt === b.hostQuestion?.sentAt &&
  sameItems(a.hidden, b.hidden) &&
  sameItems(a.muted, b.muted);

const selectStateCounts = (state: AudienceState | null) => state?.counts ?? null;

/** The counts as the feed brings them, or the state's until the first feed. */
function useCounts(feed: CommentFeed, audience: AudienceStore): AudienceCounts | null {
  const fromFeed = usePicked(feed.subscribe, feed.get, (view: CommentFeedView) => view.counts);
  const fromState = useAudience(audience, selectStateCounts, shallowEqual);
  return fromFeed ?? fromState;
}

/** The panel's counts line: comments a second, received and questions. */
function CommentCounts({ feed, audience }: { feed: CommentFeed; audience: AudienceStore }) {
  const { t, i18n } = useTranslation();
  const counts = useCounts(feed, audience);
  const showTime = useRunMode() === 'rehearsal';
  if (counts === null) return null;
  const lang = i18n.language;
  return (
    <Text
      size="xs"
      c="dimmed"
      truncate
      data-testid="comment-counts"
      title={showTime ? t('audience.countsHintRehearsal') : undefined}
    >
      {t('audience.counts', {
        perSecond: formatCount(counts.perSecond, lang),
        received: formatCount(counts.received, lang),
        questions: formatCount(counts.questions, lang),
      })}
    </Text>
  );
}

const selectHeld = (view: CommentFeedView) => view.held;

interface FeedNoteProps {
  feed: CommentFeed;
  audience: AudienceStore;
  /** Shows what waited and scrolls to the newest. */
  onJump: () => void;
}

/**
 * Under the list: while it holds still, a button with how many new comments wait (to the newest
 * again); else that it shows a sample.
 */
const FeedNote = memo(function FeedNote({ feed, audience, onJump }: FeedNoteProps) {
  const { t, i18n } = useTranslation();
  const held = usePicked(feed.subscribe, feed.get, selectHeld);
  const counts = useCounts(feed, audience);
  if (held > 0) {
    return (
      <Button
        size="compact-xs"
        variant="light"
        onClick={onJump}
        leftSection={<IconArrowDown size={12} aria-hidden />}
        aria-label={t('audience.newerName', { count: held })}
        title={t('audience.jumpHint')}
        data-testid="comments-jump"
        style={{ flex: 'none' }}
      >
        {t('audience.newer', { count: held })}
      </Button>
    );
  }
  const note = t('audience.sampled', { stored: formatCount(counts?.stored ?? 0, i18n.language) });
  return (
    <Text size="xs" c="dimmed" data-testid="comments-note">
      {note}
    </Text>
  );
});

/** The list's keys, under it. */
const KeyHints = memo(function KeyHints() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
      <Kbd size="xs">C</Kbd> <Kbd size="xs">H</Kbd> {t('audience.keyHost')} <Kbd size="xs">T</Kbd>{' '}
      {t('audience.keyPin')} <Kbd size="xs">Del</Kbd> {t('audience.keyHide')} <Kbd size="xs">M</Kbd>{' '}
      {t('audience.keyMute')}
    </Text>
  );
});

/**
 * One comment: who, what, and what it is. Plain elements (a feed brings new rows several times a
 * second): the look of Mantine's small badges and text, see comments.module.css.
 */
const CommentRow = memo(function CommentRow({
  comment,
  selected,
}: {
  comment: AudienceComment;
  selected: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.row} data-selected={selected} data-testid="comment-row">
      {comment.question && (
        <span className={classes.badge} data-kind="question">
          {t('audience.question')}
        </span>
      )}
      {comment.blocked && (
        <span className={classes.badge} data-kind="blocked">
          {t('audience.blocked')}
        </span>
      )}
      <p className={classes.name} title={comment.name}>
        {comment.name}
      </p>
      <p
        className={classes.text}
        data-blocked={comment.blocked}
        lang={comment.lang ?? undefined}
        title={comment.text}
      >
        {comment.text}
      </p>
    </div>
  );
});

interface CommentListProps {
  panel: PanelAudience;
  filter: FeedFilter;
  onFilter: (change: (filter: FeedFilter) => FeedFilter) => void;
  keywords: readonly string[];
  scroller: RefObject<HTMLDivElement | null>;
  /** Escape in the list also closes the panel (it is a tab). */
  onEscape: () => void;
  feed: CommentFeed;
  audience: AudienceStore;
}

const selectComments = (view: CommentFeedView) => view.comments;

/**
 * The feed's rows, virtualized: a row element per comment in view, kept as the feed moves (keyed
 * by comment: a feed makes the new comments' rows and moves the others, never rewrites a drawn
 * row's text, which made new text and layout for every row in view each feed), with the keys
 * that act on the selected comment, and the note under it. It follows the newest until the producer reads it (useFollowNewest). It
 * renders with a frame's feed, the panel around it does not.
 */
function CommentList({
  panel,
  filter,
  onFilter,
  keywords,
  scroller,
  onEscape,
  feed,
  audience,
}: CommentListProps) {
  const { t } = useTranslation();
  const bridge = useApi();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const comments = usePicked(feed.subscribe, feed.get, selectComments);
  // Only the pinned product's filter follows the pin: a pin renders the list again only then.
  const pinnedSku = useOnAir(filter === 'pinned' ? selectPinnedSku : selectNoSku);
  const hidden = useMemo(() => new Set(panel.hidden), [panel.hidden]);
  const muted = useMemo(() => new Set(panel.muted), [panel.muted]);
  const rows = useMemo(
    () => filterComments(comments, { filter, pinnedSku, keywords, hidden, muted }),
    [comments, filter, pinnedSku, keywords, hidden, muted],
  );
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const selected = selectedIndex >= 0 ? rows[selectedIndex] : null;

  // The app has no React Compiler; the virtualizer re-renders this component when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 6,
    observeElementOffset: observeScrollOffset,
  });

  const follow = useFollowNewest(feed, scroller, rows, virtualizer.scrollRect?.height ?? 0);
  const { holdFor } = follow;
  const select = (id: string | null) => {
    setSelectedId(id);
    holdFor('working', id !== null && document.activeElement === scroller.current);
  };
  const jump = follow.jump;
  const jumpAndDeselect = useCallback(() => {
    setSelectedId(null);
    jump();
  }, [jump]);

  const run = (work: () => Promise<unknown>) => {
    work().catch((error: unknown) => notifyError(error));
  };
  const act = {
    host: (c: AudienceComment) =>
      run(() => bridge.invoke('audience.sendToHost', { commentId: c.id })),
    pin: (c: AudienceComment) =>
      run(() =>
        bridge.invoke('audience.moderate', {
          moderation:
            panel.pinned?.id === c.id ? { action: 'unpin' } : { action: 'pin', commentId: c.id },
        }),
      ),
    hide: (c: AudienceComment) =>
      run(() =>
        bridge.invoke('audience.moderate', { moderation: { action: 'hide', commentId: c.id } }),
      ),
    mute: (c: AudienceComment) =>
      run(() =>
        bridge.invoke('audience.moderate', {
          moderation: { action: 'mute', viewerId: c.viewerId },
        }),
      ),
  };

  const move = (by: number) => {
    if (rows.length === 0) return;
    const from = selectedIndex < 0 ? rows.length : selectedIndex;
    const next = Math.min(rows.length - 1, Math.max(0, from + by));
    select(rows[next].id);
    virtualizer.scrollToIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const handled: Record<string, () => void> = {
      arrowup: () => move(-1),
      arrowdown: () => move(1),
      escape: () => {
        select(null);
        scroller.current?.blur();
        onEscape();
      },
      q: () => onFilter((f) => (f === 'questions' ? 'all' : 'questions')),
      end: jumpAndDeselect,
    };
    if (selected) {
      handled.h = () => act.host(selected);
      handled.t = () => act.pin(selected);
      handled.delete = () => act.hide(selected);
      handled.m = () => act.mute(selected);
    }
    const action = handled[key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <>
      <div
        ref={scroller}
        role="listbox"
        aria-label={t('audience.list')}
        aria-activedescendant={selected ? `comment-${selected.id}` : undefined}
        tabIndex={0}
        data-testid="comment-feed"
        onKeyDown={onKeyDown}
        onFocus={() => holdFor('working', selectedId !== null)}
        onBlur={() => holdFor('working', false)}
        {...follow.listProps}
        style={{ flex: 1, minHeight: 0, overflowY: 'auto', outlineOffset: -2 }}
      >
        {rows.length === 0 ? (
          <Text role="option" aria-disabled aria-selected={false} size="sm" c="dimmed" px={6}>
            {t('audience.empty')}
          </Text>
        ) : (
          <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const comment = rows[item.index];
              return (
                <div
                  key={comment.id}
                  id={`comment-${comment.id}`}
                  role="option"
                  aria-selected={comment.id === selectedId}
                  onClick={() => select(comment.id)}
                  className={classes.place}
                  style={{ translate: `0 ${item.start}px` }}
                >
                  <CommentRow comment={comment} selected={comment.id === selectedId} />
                </div>
              );
            })}
          </div>
        )}
      </div>
      {/* The note whole on a line of its own, as high as the new comments button that takes its
          place, so the list keeps its height when it shows; the keys under it. */}
      <Group mih={22}>
        <FeedNote feed={feed} audience={audience} onJump={jumpAndDeselect} />
      </Group>
      <KeyHints />
    </>
  );
}

interface CommentsPanelProps {
  audience: AudienceStore;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /**
   * The panel is a tab of the console's side column (laptop screens): the tab names it and opens
   * it, so it has no title or fold of its own, and Escape in the list goes back to the other tab.
   */
  inTab: boolean;
}

/**
 * The producer's comments panel: the viewers' comments (a sample with the counts at high rates),
 * filters for questions, the pinned product and keywords, and from the keyboard: send to the
 * host (H), pin (T), hide (Delete), mute the author (M). C opens it and focuses the list. The
 * feed renders its list, counts and note, not the panel's controls (see CommentFeed).
 */
export function CommentsPanel({ audience, open, onOpenChange, inTab }: CommentsPanelProps) {
  const { t } = useTranslation();
  const bridge = useApi();
  const panel = useAudience(audience, selectPanel, samePanel);
  const [filter, setFilter] = useState<FeedFilter>('all');
  const [keywordText, setKeywordText] = useState(
    () => audience.get()?.settings.keywords.join(', ') ?? '',
  );
  const feed = useCommentFeed();
  const scroller = useRef<HTMLDivElement>(null);
  const keywords = useMemo(() => parseKeywords(keywordText), [keywordText]);

  // The pinned comment cut to the panel's width, the question on the host view to HOST_LINES
  // lines: whole in their titles.
  const pinned = panel?.pinned;
  const pinnedLine = pinned
    ? t('audience.pinned', { name: pinned.name, text: pinned.text })
    : undefined;
  const onHost = panel?.hostQuestion?.comment;
  const hostLine = onHost
    ? t('audience.onHost', { name: onHost.name, text: onHost.text })
    : undefined;

  useHotkeys([
    [
      'c',
      (event) => {
        if (document.querySelector('[aria-modal="true"]') !== null) return;
        event.preventDefault();
        onOpenChange(true);
        requestAnimationFrame(() => scroller.current?.focus());
      },
    ],
  ]);

  return (
    <Paper
      withBorder
      p={8}
      data-testid="comments-panel"
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 6,
        flex: open ? '1 1 0' : 'none',
        minHeight: open ? MIN_OPEN_PX : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          {!inTab && (
            <Title order={4} style={{ flex: 'none' }}>
              {t('audience.title')}
            </Title>
          )}
          <CommentCounts feed={feed} audience={audience} />
        </Group>
        {!inTab && (
          <Tooltip label={open ? t('audience.collapse') : t('audience.expand')}>
            <ActionIcon
              variant="subtle"
              onClick={() => onOpenChange(!open)}
              aria-label={open ? t('audience.collapse') : t('audience.expand')}
              aria-expanded={open}
            >
              {open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {!panel.available && (
        <Text size="sm" c="dimmed" data-testid="audience-unavailable">
          {t('audience.unavailable')}
        </Text>
      )}
      {open && (
        <>
          <Group gap={6} wrap="nowrap">
            <SegmentedControl
              size="xs"
              value={filter}
              onChange={(value) => setFilter(value as FeedFilter)}
              data={[
                { value: 'all', label: t('audience.filterAll') },
                { value: 'questions', label: t('audience.filterQuestions') },
                { value: 'pinned', label: t('audience.filterPinned') },
              ]}
            />
            <TextInput
              size="xs"
              style={{ flex: 1, minWidth: 0 }}
              placeholder={t('audience.keywords')}
              aria-label={t('audience.keywords')}
              title={t('audience.keywords')}
              value={keywordText}
              onChange={(event) => setKeywordText(event.currentTarget.value)}
            />
          </Group>
          {panel.pinned && (
            <Text size="xs" truncate title={pinnedLine} data-testid="pinned-comment">
              {pinnedLine}
            </Text>
          )}
          {panel.hostQuestion && (
            <Group gap={6} wrap="nowrap" data-testid="host-question-sent">
              <Text
                size="xs"
                c="yellow"
                lineClamp={HOST_LINES}
                title={hostLine}
                style={{ flex: 1, minWidth: 0 }}
              >
                {hostLine}
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => {
                  bridge.invoke('audience.hostDone', {}).catch((error: unknown) => {
                    notifyError(error);
                  });
                }}
              >
                {t('audience.hostDone')}
              </Button>
            </Group>
          )}
          <CommentList
            panel={panel}
            filter={filter}
            onFilter={setFilter}
            keywords={keywords}
            scroller={scroller}
            onEscape={() => {
              if (inTab) onOpenChange(false);
            }}
            feed={feed}
            audience={audience}
          />
        </>
      )}
    </Paper>
  );
}
