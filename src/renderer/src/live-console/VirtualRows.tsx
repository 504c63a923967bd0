import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export const LOG_ROW_PX = 26;

interface VirtualRowsProps<T> {
  items: readonly T[];
  label: string;
  empty: string;
  keyOf: (item: T) => string | number;
  children: (item: T) => ReactNode;
  testId: string;
}

/**
 * A list of one-line rows of which only those in view are rendered, in a box that scrolls (and
 * takes focus, so it scrolls from the keyboard too).
 */
export function VirtualRows<T>({
  items,
  label,
  empty,
  keyOf,
  children,
  testId,
}: VirtualRowsProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app has no React Compiler; the virtualizer re-renders this component when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LOG_ROW_PX,
    getItemKey: (index) => keyOf(items[index]),
    overscan: 8,
  });
  return (
    <div
      ref={scroller}
      role="list"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" px={6} role="listitem">
          {empty}
        </Text>
      ) : (
        <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div
              key={row.key}
              role="listitem"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: LOG_ROW_PX,
                translate: `0 ${row.start}px`,
              }}
            >
              {children(items[row.index])}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
