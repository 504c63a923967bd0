import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlashSaleView, PendingCommand } from '../../../shared/model/live';
import type { Currency } from '../../../shared/model/lineup';
import { formatMoney } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';
import { FigurePhrases } from '../components/FigurePhrases';
import { clauseLines } from '../components/logic/clause-lines';
import type { RowOutcome } from './logic/live-store';
import { commandLabel, outcomeText } from './logic/outcome-text';
import { useLiveSelect } from './use-live';
import { useCountdown } from './use-countdown';

/**
 * "Pinned", with the time left of a timed pin (on the run's clock: see useCountdown);
 * "Pinning…" while the pin is pressed but not yet confirmed by the server.
 */
export function PinBadge({ sku, pending = false }: { sku: string; pending?: boolean }) {
  const { t } = useTranslation();
  const until = useLiveSelect((header) => (header?.pin.sku === sku ? header.pin.until : null));
  if (pending) {
    return (
      <Badge color="blue" variant="outline" data-testid="pin-pending-badge">
        {t('live.row.pinning')}
      </Badge>
    );
  }
  return (
    <Badge color="blue" variant="filled" data-testid="pin-badge">
      {until === null ? t('live.row.pinned') : <PinnedLeft until={until} />}
    </Badge>
  );
}

function PinnedLeft({ until }: { until: number }) {
  const { t } = useTranslation();
  return t('live.row.pinnedLeft', { time: useCountdown(until) });
}

/** A running flash sale: its price, units sold of its cap, and the time left. */
export function FlashBadge({ flash, currency }: { flash: FlashSaleView; currency: Currency }) {
  const { t, i18n } = useTranslation();
  const left = useCountdown(flash.endsAt);
  return (
    <Group gap={6} wrap="wrap">
      <Badge color="grape" variant="filled" style={{ flexShrink: 0, overflow: 'visible' }}>
        {t('live.row.flash', { price: formatMoney(flash.priceMinor, currency, i18n.language) })}
      </Badge>
      <Text size="xs" style={clauseLines} data-testid="flash-detail">
        <FigurePhrases
          text={t('live.row.flashDetail', {
            sold: formatCount(flash.sold, i18n.language),
            cap: formatCount(flash.unitCap, i18n.language),
            time: left,
          })}
        />
      </Text>
    </Group>
  );
}

/** Each command waiting for the server's acknowledgement. */
export function PendingBadges({ pending }: { pending: readonly PendingCommand[] }) {
  const { t } = useTranslation();
  return pending.map((item) => (
    <Badge key={item.commandId} color="yellow" variant="outline" data-testid="pending-badge">
      {t('live.row.pending', { command: commandLabel(t, item.kind) })}
    </Badge>
  ));
}

/** The last acknowledgement, for a few seconds: done, or rejected with the reason. */
export function OutcomeNote({ outcome }: { outcome: RowOutcome | null }) {
  const { t } = useTranslation();
  const rejected =
    outcome !== null &&
    (outcome.outcome.status === 'rejected' || outcome.outcome.original === 'rejected');
  return (
    <Text size="xs" c={rejected ? 'red' : 'green'} role="status" data-testid="command-outcome">
      {outcome === null ? '' : outcomeText(t, outcome.outcome)}
    </Text>
  );
}
