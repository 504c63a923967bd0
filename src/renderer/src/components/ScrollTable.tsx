import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

interface ScrollTableProps {
  /** The table's width below which it scrolls sideways. */
  minWidth: CSSProperties['minWidth'];
  /** The height above which it scrolls up and down within itself (none: it grows). */
  maxHeight?: CSSProperties['maxHeight'];
  /** Names the scroll region for screen readers (usually the table's own label). */
  label: string;
  children: ReactNode;
}

/**
 * A wide table that scrolls sideways on narrow screens (and, with `maxHeight`, a long one up and
 * down within itself); its scroll region takes keyboard focus (arrow keys scroll it) and has a
 * name, so it can be read without a mouse.
 */
export function ScrollTable({ minWidth, maxHeight, label, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      maxHeight={maxHeight}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
