import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconCircleCheck, IconPlayerPlayFilled } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableItem } from '../components/SortableItem';
import classes from './console.module.css';

interface QueueItemProps {
  id: number;
  position: number;
  text: string;
  productLabel: string;
  done: boolean;
  current: boolean;
  onGoto: (talkingPointId: number) => void;
}

/** One talking point in the queue: drag handle, done or current mark, text; a click makes it current. */
export const QueueItem = memo(function QueueItem({
  id,
  position,
  text,
  productLabel,
  done,
  current,
  onGoto,
}: QueueItemProps) {
  const { t } = useTranslation();
  return (
    <SortableItem id={id} handleLabel={t('console.queue.moveHandle', { position, text })}>
      {(handle) => (
        <div
          className={classes.queueItem}
          data-current={current}
          data-done={done}
          data-testid="queue-item"
        >
          {handle}
          <UnstyledButton
            onClick={() => onGoto(id)}
            aria-current={current ? 'step' : undefined}
            aria-label={t('console.queue.goto', { text })}
            style={{ flex: 1, minWidth: 0 }}
          >
            <Group gap={6} wrap="nowrap" align="flex-start">
              {current ? (
                <IconPlayerPlayFilled size={16} color="var(--mantine-color-yellow-4)" aria-hidden />
              ) : done ? (
                <IconCircleCheck size={16} color="var(--mantine-color-green-4)" aria-hidden />
              ) : (
                <Text span size="xs" c="dimmed" w={16} ta="center" aria-hidden>
                  {position}
                </Text>
              )}
              <div style={{ minWidth: 0 }}>
                <Text
                  size="sm"
                  fw={current ? 700 : 400}
                  c={done ? 'dimmed' : undefined}
                  td={done ? 'line-through' : undefined}
                  lineClamp={2}
                  title={text}
                  data-testid="queue-item-text"
                >
                  {text}
                </Text>
                <Text size="xs" c="dimmed" truncate="end" title={productLabel}>
                  {done ? `${t('console.queue.doneMark')} · ${productLabel}` : productLabel}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        </div>
      )}
    </SortableItem>
  );
});
