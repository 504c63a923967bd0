import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { ShowEditorScreen } from '../lineup/ShowEditorScreen';
import { ShowListScreen } from '../lineup/ShowListScreen';
import { useShowName } from '../lineup/use-show-name';
import { AppLayout } from './AppLayout';
import { useRoute, type Route } from './route';
import { StartupError, StartupLoading } from './StartupError';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'shows':
      return <ShowListScreen />;
    case 'show':
      return <ShowEditorScreen showId={route.showId} />;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown route ${JSON.stringify(unknown)}`);
    }
  }
}

/** Loads the app settings (UI language) once, then shows the screen the hash names. */
export function Screens() {
  const { i18n } = useTranslation();
  const info = useApiQuery('app.info', {});
  const route = useRoute();
  const showName = useShowName(route.screen === 'show' ? route.showId : null);
  const language = info.data?.language;

  useEffect(() => {
    if (language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  if (info.error && !info.data) return <StartupError error={info.error} />;
  if (!info.data) return <StartupLoading />;
  return (
    <AppLayout route={route} showName={showName}>
      <Screen route={route} />
    </AppLayout>
  );
}
