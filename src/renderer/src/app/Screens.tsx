import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { useReloadAfterRestore } from '../storage/use-storage-state';
import { ShowEditorScreen } from '../lineup/ShowEditorScreen';
import { ShowListScreen } from '../lineup/ShowListScreen';
import { useShowName } from '../lineup/use-show-name';
import { useLiveShowId } from '../live-run/use-live';
import { useFirstStartLanding } from '../rehearsal/first-start';
import { useModeTitle } from '../rehearsal/use-mode-title';
import { AppLayout } from './AppLayout';
import {
  HostViewScreen,
  LiveConsoleScreen,
  RunListScreen,
  RunReviewScreen,
  StorageScreen,
} from './lazy-screens';
import { useRoute, type Route } from './route';
import { StartupError, StartupLoading } from './StartupError';
import { useUiLanguage } from './use-ui-language';

function ScreenOf({ route }: { route: Route }) {
  switch (route.screen) {
    case 'shows':
      return <ShowListScreen />;
    case 'show':
      return <ShowEditorScreen showId={route.showId} />;
    case 'host':
      return <HostViewScreen />;
    case 'live':
      return <LiveConsoleScreen />;
    case 'runs':
      return <RunListScreen />;
    case 'run':
      return <RunReviewScreen runId={route.runId} />;
    case 'storage':
      return <StorageScreen />;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown route ${JSON.stringify(unknown)}`);
    }
  }
}

/** A screen; one loaded on first use shows a loader until its chunk is in. */
function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center h="50vh">
          <Loader aria-label={t('common.loading')} />
        </Center>
      }
    >
      <ScreenOf route={route} />
    </Suspense>
  );
}

/** Loads the app settings (UI language) once, then shows the screen the hash names. */
export function Screens() {
  const info = useApiQuery('app.info', {});
  const { language, choose } = useUiLanguage(info);
  const route = useRoute();
  const liveShowId = useLiveShowId();
  const showName = useShowName(
    route.screen === 'show' ? route.showId : route.screen === 'live' ? liveShowId : null,
  );
  const landing = useFirstStartLanding();
  useModeTitle(showName, route.screen === 'host');
  useReloadAfterRestore();

  if (info.error && !info.data) return <StartupError error={info.error} />;
  if (!language || landing) return <StartupLoading />;
  // The host view has the whole window to itself: no navigation, nothing that changes the show.
  if (route.screen === 'host') return <Screen route={route} />;
  return (
    <AppLayout
      route={route}
      showName={showName}
      language={language}
      onLanguageChange={(next) => void choose(next)}
    >
      <Screen route={route} />
    </AppLayout>
  );
}
