import '@mantine/spotlight/styles.css';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirState } from '../../../shared/model/onair';
import type { Show } from '../../../shared/model/lineup';
import { navigate } from '../app/route';
import { useLiveActions } from '../live-run/logic/live-actions';
import { useLiveSelect } from '../live-run/use-live';
import { useConsoleActions } from './console-actions';
import { useOnAir } from './onair-context';
import { paletteActions, paletteFilter } from './palette-actions';
import { paletteStore } from './logic/palette-store';

const selectFollowPin = (state: OnAirState | null) => state?.followPin ?? false;
const selectAutoArm = (state: OnAirState | null) => state?.autoArm ?? false;

/** Ctrl/Cmd+K: every console action by name (pin X, restock X, next point, fire cue…). */
export function CommandPalette({ show }: { show: Show }) {
  const { t } = useTranslation();
  const live = useLiveActions();
  const actions = useConsoleActions();
  const showState = useLiveSelect((header) => header?.displayShowState ?? 'planned');
  const followPin = useOnAir(selectFollowPin);
  const autoArm = useOnAir(selectAutoArm);
  const items = useMemo(
    () =>
      paletteActions({
        t,
        products: show.products,
        showState,
        followPin,
        autoArm,
        live,
        console: actions,
        openLineup: () => navigate({ screen: 'show', showId: show.id }),
      }),
    [t, show.products, show.id, showState, followPin, autoArm, live, actions],
  );
  return (
    <Spotlight
      store={paletteStore}
      actions={items}
      filter={paletteFilter}
      shortcut="mod + K"
      title={t('console.palette.title')}
      styles={{
        header: { padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md) 0', minHeight: 0 },
        title: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 700 },
      }}
      nothingFound={t('console.palette.nothing')}
      scrollable
      maxHeight={480}
      highlightQuery
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('console.palette.placeholder'),
        'aria-label': t('console.palette.label'),
      }}
    />
  );
}
