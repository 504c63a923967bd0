import {
  ActionIcon,
  Badge,
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
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceComment, AudienceState } from '../../../shared/model/audience';
import { formatCount } from '../../../shared/format/numbers';
import { useApi } from '../api/api-context';
import { notifyError } from '../app/notify';
import { useOnAir } from '../live-console/onair-context';
import { filterComments, parseKeywords, type FeedFilter } from './logic/comment-filter';
import { useAudienceFeed } from './use-audience';

const ROW_PX = 28;
/** The open panel's least height: its controls and a few rows. */
const MIN_OPEN_PX = 180;
const selectPinnedSku = (state: { pinned: { sku: string } | null } | null) =>
  state?.pinned?.sku ?? null;
/** What the panel follows of the pin when its filter is not the pinned product's: nothing. */
const selectNoSku = () => null;

/** One comment: who, what, and what it is. */
function CommentRow({ comment, selected }: { comment: AudienceComment; selected: boolean }) {
  const { t } = useTranslation();
  return (
    <Group
      gap={6}
      wrap="nowrap"
      px={6}
      h={ROW_PX}
      data-selected={selected}
      data-testid="comment-row"
      style={{
        background: selected ? 'var(--mantine-color-blue-9)' : undefined,
        borderRadius: 4,
      }}
    >
      {comment.question && (
        <Badge size="xs" color="yellow" variant="filled" style={{ flex: 'none' }}>
          {t('audience.question')}
        </Badge>
      )}
      {comment.blocked && (
        <Badge size="xs" color="red" variant="light" style={{ flex: 'none' }}>
          {t('audience.blocked')}
        </Badge>
      )}
      <Text
        size="sm"
        c="dimmed"
        style={{ flex: 'none', maxWidth: 110 }}
        truncate
        title={comment.name}
      >
        {comment.name}
      </Text>
      <Text
        size="sm"
        c={comment.blocked ? 'dimmed' : undefined}
        fs={comment.blocked ? 'italic' : undefined}
        truncate
        style={{ flex: 1, minWidth: 0 }}
        lang={comment.lang ?? undefined}
        title={comment.text}
      >
        {comment.text}
      </Text>
    </Group>
  );
}

interface CommentsPanelProps {
  audience: AudienceState;
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
 * host (H), pin (T), hide (Delete), mute the author (M). C opens it and focuses the list.
 */
export function CommentsPanel({ audience, open, onOpenChange, inTab }: CommentsPanelProps) {
  const { t, i18n } = useTranslation();
  const bridge = useApi();
  const [filter, setFilter] = useState<FeedFilter>('all');
  const [keywordText, setKeywordText] = useState(audience.settings.keywords.join(', '));
  const [focused, setFocused] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const feed = useAudienceFeed(focused && selectedId !== null);
  // Only the pinned product's filter follows the pin: a pin renders the panel again only then.
  const pinnedSku = useOnAir(filter === 'pinned' ? selectPinnedSku : selectNoSku);
  const scroller = useRef<HTMLDivElement>(null);

  const hidden = useMemo(() => new Set(audience.hidden), [audience.hidden]);
  const muted = useMemo(() => new Set(audience.muted), [audience.muted]);
  const keywords = useMemo(() => parseKeywords(keywordText), [keywordText]);
  const rows = useMemo(
    () => filterComments(feed.comments, { filter, pinnedSku, keywords, hidden, muted }),
    [feed.comments, filter, pinnedSku, keywords, hidden, muted],
  );
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const selected = selectedIndex >= 0 ? rows[selectedIndex] : null;

  // The app has no React Compiler; the virtualizer re-renders this component when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    getItemKey: (index) => rows[index].id,
    overscan: 6,
  });

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
            audience.pinned?.id === c.id ? { action: 'unpin' } : { action: 'pin', commentId: c.id },
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
    setSelectedId(rows[next].id);
    virtualizer.scrollToIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const handled: Record<string, () => void> = {
      arrowup: () => move(-1),
      arrowdown: () => move(1),
      escape: () => {
        setSelectedId(null);
        scroller.current?.blur();
        if (inTab) onOpenChange(false);
      },
      q: () => setFilter((f) => (f === 'questions' ? 'all' : 'questions')),
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

  const counts = feed.counts ?? audience.counts;
  const lang = i18n.language;
  const feedNote =
    feed.held > 0
      ? t('audience.held', { count: feed.held })
      : t('audience.sampled', { stored: formatCount(counts.stored, lang) });
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
          <Text size="xs" c="dimmed" truncate data-testid="comment-counts">
            {t('audience.counts', {
              perSecond: formatCount(counts.perSecond, lang),
              received: formatCount(counts.received, lang),
              questions: formatCount(counts.questions, lang),
            })}
          </Text>
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
      {!audience.available && (
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
              value={keywordText}
              onChange={(event) => setKeywordText(event.currentTarget.value)}
            />
          </Group>
          {audience.pinned && (
            <Text size="xs" truncate data-testid="pinned-comment">
              {t('audience.pinned', { name: audience.pinned.name, text: audience.pinned.text })}
            </Text>
          )}
          {audience.hostQuestion && (
            <Group gap={6} wrap="nowrap" data-testid="host-question-sent">
              <Text size="xs" c="yellow" truncate style={{ flex: 1, minWidth: 0 }}>
                {t('audience.onHost', {
                  name: audience.hostQuestion.comment.name,
                  text: audience.hostQuestion.comment.text,
                })}
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => run(() => bridge.invoke('audience.hostDone', {}))}
              >
                {t('audience.hostDone')}
              </Button>
            </Group>
          )}
          <div
            ref={scroller}
            role="listbox"
            aria-label={t('audience.list')}
            aria-activedescendant={selected ? `comment-${selected.id}` : undefined}
            tabIndex={0}
            data-testid="comment-feed"
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
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
                      key={item.key}
                      id={`comment-${comment.id}`}
                      role="option"
                      aria-selected={comment.id === selectedId}
                      onClick={() => setSelectedId(comment.id)}
                      style={{
                        position: 'absolute',
                        top: 0,
                        left: 0,
                        right: 0,
                        height: ROW_PX,
                        translate: `0 ${item.start}px`,
                      }}
                    >
                      <CommentRow comment={comment} selected={comment.id === selectedId} />
                    </div>
                  );
                })}
              </div>
            )}
          </div>
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Text size="xs" c="dimmed" truncate title={feedNote}>
              {feedNote}
            </Text>
            <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
              <Kbd size="xs">C</Kbd> <Kbd size="xs">H</Kbd> {t('audience.keyHost')}{' '}
              <Kbd size="xs">T</Kbd> {t('audience.keyPin')} <Kbd size="xs">Del</Kbd>{' '}
              {t('audience.keyHide')} <Kbd size="xs">M</Kbd> {t('audience.keyMute')}
            </Text>
          </Group>
        </>
      )}
    </Paper>
  );
}
