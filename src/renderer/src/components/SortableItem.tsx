import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Box } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The drag handle's accessible name, naming the item: a text, or the ids of the elements that
 * hold it (an item whose text follows live values names its handle by that text, so a new value
 * redraws the text and not the item).
 */
type HandleName = { handleLabel: string } | { handleLabelledBy: string };

type SortableItemProps = HandleName & {
  id: number;
  children: (handle: ReactNode) => ReactNode;
};

/** One <li> of a SortableList; renders its content with a drag handle placed by the caller. */
export function SortableItem({ id, children, ...name }: SortableItemProps) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, attributes: { roleDescription: t('dnd.roleDescription') } });

  const handle = (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="subtle"
      color="gray"
      aria-label={'handleLabel' in name ? name.handleLabel : undefined}
      aria-labelledby={'handleLabelledBy' in name ? name.handleLabelledBy : undefined}
      style={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
      {...attributes}
      {...listeners}
    >
      <IconGripVertical size={18} aria-hidden />
    </ActionIcon>
  );

  return (
    <Box
      component="li"
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
        opacity: isDragging ? 0.85 : undefined,
      }}
    >
      {children(handle)}
    </Box>
  );
}
