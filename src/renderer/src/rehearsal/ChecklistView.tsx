import { List, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, GoLiveChecklist } from '../../../shared/model/rehearsal';
import { checklistText } from './logic/checklist-text';

const ICON: Record<ChecklistItem['status'], { color: string; icon: typeof IconCheck }> = {
  ok: { color: 'green.8', icon: IconCheck },
  failed: { color: 'red.9', icon: IconX },
  skipped: { color: 'gray.7', icon: IconMinus },
};

/** Each check before going live with its outcome (ok, failed, not checked) and the detail. */
export function ChecklistView({ checklist }: { checklist: GoLiveChecklist | null }) {
  const { t, i18n } = useTranslation();
  if (checklist === null) {
    return (
      <Text size="sm" role="status">
        <Loader size="xs" mr="xs" aria-hidden />
        {t('rehearsal.goLive.checking')}
      </Text>
    );
  }
  return (
    <List
      spacing="xs"
      center
      aria-label={t('rehearsal.goLive.checklist')}
      data-testid="go-live-checklist"
    >
      {checklist.items.map((item) => {
        const { color, icon: Icon } = ICON[item.status];
        return (
          <List.Item
            key={item.id}
            data-item={item.id}
            data-status={item.status}
            icon={
              <ThemeIcon color={color} size={22} radius="xl" aria-hidden>
                <Icon size={14} />
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600}>
              {t('rehearsal.goLive.itemStatus', {
                item: t(`rehearsal.goLive.items.${item.id}`),
                status: t(`rehearsal.goLive.status.${item.status}`),
              })}
            </Text>
            <Text size="xs" c="dimmed" data-testid="checklist-detail">
              {checklistText(t, item, i18n.language)}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
