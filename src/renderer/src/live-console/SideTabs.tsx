import { Kbd, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const FILL = { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const;
/** A tab's panel: what does not fit scrolls inside it rather than spilling over the Keys button. */
const PANEL = { ...FILL, overflowY: 'auto' } as const;

/**
 * On a laptop screen the console's side column holds the talking points and the comments as two
 * tabs, so that the comments never take the lineup's room: C opens the comments tab.
 */
export function SideTabs({
  points,
  comments,
  commentsOpen,
  onCommentsOpen,
}: {
  points: ReactNode;
  comments: ReactNode;
  commentsOpen: boolean;
  onCommentsOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Tabs
      value={commentsOpen ? 'comments' : 'points'}
      onChange={(value) => onCommentsOpen(value === 'comments')}
      keepMounted
      keepMountedMode="display-none"
      variant="outline"
      style={FILL}
      data-testid="side-tabs"
    >
      <Tabs.List>
        <Tabs.Tab value="points">{t('console.queue.title')}</Tabs.Tab>
        <Tabs.Tab value="comments" rightSection={<Kbd size="xs">C</Kbd>}>
          {t('audience.title')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="points" pt={6} style={PANEL}>
        {points}
      </Tabs.Panel>
      <Tabs.Panel value="comments" pt={6} style={PANEL}>
        {comments}
      </Tabs.Panel>
    </Tabs>
  );
}
