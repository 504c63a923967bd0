import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Stack, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortableListProps<T extends { id: number }> {
  items: readonly T[];
  /** Accessible name of the list. */
  label: string;
  /** What screen readers call an item, for example its name. */
  itemLabel: (item: T) => string;
  onReorder: (ids: number[]) => void;
  /** Marks the list aria-busy, for example while its new order is being saved. */
  busy?: boolean;
  gap?: MantineSpacing;
  children: (item: T, index: number) => ReactNode;
}

/**
 * A vertical list sorted by drag and drop, with the pointer and with the keyboard (focus a handle,
 * Space, arrow keys, Space), announced to screen readers in the UI language. Items render a
 * SortableItem each.
 */
export function SortableList<T extends { id: number }>({
  items,
  label,
  itemLabel,
  onReorder,
  busy = false,
  gap = 'xs',
  children,
}: SortableListProps<T>) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.id);
  const nameOf = (id: UniqueIdentifier) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? itemLabel(item) : String(id);
  };
  const positionOf = (id: UniqueIdentifier) => ids.indexOf(Number(id)) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('dnd.picked', {
        name: nameOf(active.id),
        position: positionOf(active.id),
        count: ids.length,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', {
            name: nameOf(active.id),
            position: positionOf(over.id),
            count: ids.length,
          })
        : t('dnd.outside', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.dropped', {
            name: nameOf(active.id),
            position: positionOf(over.id),
            count: ids.length,
          })
        : t('dnd.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancelled', { name: nameOf(active.id) }),
  };

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(Number(active.id));
    const to = ids.indexOf(Number(over.id));
    if (from < 0 || to < 0) return;
    onReorder(arrayMove(ids, from, to));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack
          component="ol"
          gap={gap}
          aria-label={label}
          aria-busy={busy}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((item, index) => children(item, index))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
