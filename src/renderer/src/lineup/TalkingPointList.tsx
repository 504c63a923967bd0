import { ActionIcon, Box, Group, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language, TalkingPoint } from '../../../shared/model/lineup';
import { SortableItem } from '../components/SortableItem';
import { SortableList } from '../components/SortableList';
import { formatSeconds } from '../../../shared/format/durations';

interface TalkingPointListProps {
  points: readonly TalkingPoint[];
  /** Names the list for screen readers, for example the product it belongs to. */
  label: string;
  audienceLanguage: Language;
  onReorder: (ids: number[]) => void;
  saving: boolean;
  onEdit: (point: TalkingPoint) => void;
  onRemove: (point: TalkingPoint) => void;
}

/** Talking points in reading order, each with host text, audience text and planned time. */
export function TalkingPointList({
  points,
  label,
  audienceLanguage,
  onReorder,
  saving,
  onEdit,
  onRemove,
}: TalkingPointListProps) {
  const { t } = useTranslation();
  return (
    <SortableList
      items={points}
      label={label}
      itemLabel={(point) => point.textHost}
      onReorder={onReorder}
      busy={saving}
      gap={4}
    >
      {(point, index) => (
        <SortableItem
          key={point.id}
          id={point.id}
          handleLabel={t('talkingPoints.moveHandle', { position: index + 1, text: point.textHost })}
        >
          {(handle) => (
            <Box
              py={4}
              px="xs"
              bg="light-dark(var(--mantine-color-gray-1), var(--mantine-color-dark-6))"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                {handle}
                <Text size="sm" c="dimmed" w={24} pt={4} ta="right">
                  {index + 1}.
                </Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm">{point.textHost}</Text>
                  {point.textAudience && (
                    <Text size="sm" c="dimmed" lang={audienceLanguage}>
                      {point.textAudience}
                    </Text>
                  )}
                </div>
                <Text size="sm" c="dimmed" pt={4} style={{ whiteSpace: 'nowrap' }}>
                  {t('talkingPoints.planned', { time: formatSeconds(point.plannedSeconds) })}
                </Text>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('talkingPoints.editNamed', { position: index + 1, list: label })}
                    onClick={() => onEdit(point)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('talkingPoints.removeNamed', {
                      position: index + 1,
                      list: label,
                    })}
                    onClick={() => onRemove(point)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Box>
          )}
        </SortableItem>
      )}
    </SortableList>
  );
}
