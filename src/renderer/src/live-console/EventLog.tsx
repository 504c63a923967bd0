import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingCommand } from '../../../shared/model/live';
import type { RecentEvent } from '../../../shared/model/recent';
import { formatMoney } from '../../../shared/format/money';
import { useLiveStore } from '../live-run/live-context';
import { samePending } from '../live-run/logic/same-pending';
import { useLiveSelect } from '../live-run/use-live';
import classes from './console.module.css';
import type { ConsoleLog } from './logic/console-log';
import { formatTimeOfDay } from '../../../shared/format/times';
import { logText, logTime, pendingText } from './logic/log-text';
import type { EventNames } from '../live-run/logic/event-text';
import { useCompactConsole } from './use-compact-console';
import { VirtualRows } from './VirtualRows';

const NO_PENDING: readonly PendingCommand[] = [];

const COLOR: Partial<Record<RecentEvent['kind'], string>> = {
  soldOut: 'red',
  link: 'yellow',
  restock: 'green',
  price: 'green',
};

function entryColor(entry: RecentEvent): string | undefined {
  if (entry.kind === 'outcome') {
    const rejected = entry.outcome.status === 'rejected' || entry.outcome.original === 'rejected';
    return rejected ? 'red' : 'green';
  }
  return COLOR[entry.kind];
}

interface EventLogProps {
  log: ConsoleLog;
  nameOf: (sku: string) => string;
}

const LogLine = memo(function LogLine({ entry, names }: { entry: RecentEvent; names: EventNames }) {
  const { t, i18n } = useTranslation();
  const text = logText(t, entry, names);
  return (
    <div className={classes.logRow} data-testid="log-entry" data-kind={entry.kind}>
      <Text span size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {logTime(entry, i18n.language)}
      </Text>
      {/* A line cut at the panel's edge is read whole on hover. */}
      <Text span size="sm" c={entryColor(entry)} truncate="end" title={text}>
        {text}
      </Text>
    </div>
  );
});

/**
 * The commands waiting for the server's acknowledgement (with their attempts) and the recent
 * events, newest first; both lists render only the rows in view. On a laptop screen the log is
 * folded to one line (with the count of pending commands) until the producer opens it.
 */
export const EventLog = memo(function EventLog({ log, nameOf }: EventLogProps) {
  const { t } = useTranslation();
  const compact = useCompactConsole();
  const [open, setOpen] = useState(false);
  const pending = useLiveSelect((header) => header?.pending ?? NO_PENDING, samePending);
  if (!compact) return <LogPanel log={log} nameOf={nameOf} pending={pending} />;
  return (
    <Paper withBorder p={4} style={{ flex: 'none' }}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={open}
          rightSection={open ? <IconChevronDown size={16} /> : <IconChevronUp size={16} />}
          onClick={() => setOpen((value) => !value)}
          data-testid="log-toggle"
        >
          {t(open ? 'console.log.hide' : 'console.log.show', { count: pending.length })}
        </Button>
      </Group>
      {open && <LogPanel log={log} nameOf={nameOf} pending={pending} />}
    </Paper>
  );
});

function LogPanel({
  log,
  nameOf,
  pending,
}: EventLogProps & { pending: readonly PendingCommand[] }) {
  const { t, i18n } = useTranslation();
  const entries = useSyncExternalStore(log.subscribe, log.getEntries);
  const runKind = useLiveSelect((header) => header?.run.kind ?? 'live');
  const store = useLiveStore();
  const priceOf = useCallback(
    (sku: string, minor: number) => {
      const currency = store.getRow(sku)?.product.currency;
      return currency === undefined ? '—' : formatMoney(minor, currency, i18n.language);
    },
    [store, i18n.language],
  );
  const names = useMemo(
    () => ({ nameOf, priceOf, runKind, language: i18n.language }),
    [nameOf, priceOf, runKind, i18n.language],
  );
  return (
    <Paper
      withBorder
      p="xs"
      component="section"
      aria-label={t('console.log.label')}
      style={{
        height: 176,
        flex: 'none',
        display: 'grid',
        gridTemplateColumns: '2fr 3fr',
        gap: 10,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Title order={2} size="h6" mb={4} id="console-pending-title">
          {t('console.log.pendingTitle', { count: pending.length })}
        </Title>
        <VirtualRows
          items={pending}
          label={t('console.log.pendingLabel')}
          empty={t('console.log.noPending')}
          keyOf={(item) => item.commandId}
          testId="pending-list"
        >
          {(item) => (
            <div className={classes.logRow} data-testid="pending-entry">
              <Text span size="sm" c="yellow" truncate="end" style={{ flex: 1 }}>
                {pendingText(t, item, nameOf)}
              </Text>
              <Text span size="xs" c="dimmed">
                {t('console.log.attempts', { count: item.attempts })}
                {/* A rehearsal's times are show time: the wall-clock moment is left out. */}
                {runKind === 'live' && ` · ${formatTimeOfDay(item.createdAt, i18n.language)}`}
              </Text>
            </div>
          )}
        </VirtualRows>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Title order={2} size="h6" mb={4}>
          {t(
            runKind === 'rehearsal' ? 'console.log.eventsTitleShowTime' : 'console.log.eventsTitle',
          )}
        </Title>
        <VirtualRows
          items={entries}
          label={t('console.log.eventsLabel')}
          empty={t('console.log.noEvents')}
          keyOf={(entry) => entry.id}
          testId="event-list"
        >
          {(entry) => <LogLine entry={entry} names={names} />}
        </VirtualRows>
      </div>
    </Paper>
  );
}
