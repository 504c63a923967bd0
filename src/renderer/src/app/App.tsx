import { MantineProvider } from '@mantine/core';
import { ApiProvider } from '../api/api-context';
import { LiveProvider } from '../live-run/live-context';
import { RehearsalStateProvider } from '../rehearsal/rehearsal-state-context';
import type { Transport } from '../api/create-bridge';
import { useRoute } from './route';
import { Screens } from './Screens';
import { StartupError } from './StartupError';
import { AppNotifications } from './AppNotifications';
import { cssVariablesResolver, theme } from './logic/theme';

export type AppProps = { transport: Transport } | { startupError: unknown };

export function App(props: AppProps) {
  // The host view is a black stage for the camera's monitor in either colour scheme.
  const host = useRoute().screen === 'host';
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="dark"
      forceColorScheme={host ? 'dark' : undefined}
      cssVariablesResolver={cssVariablesResolver}
    >
      <AppNotifications />
      {'transport' in props ? (
        <ApiProvider transport={props.transport}>
          <LiveProvider>
            <RehearsalStateProvider>
              <Screens />
            </RehearsalStateProvider>
          </LiveProvider>
        </ApiProvider>
      ) : (
        <StartupError error={props.startupError} />
      )}
    </MantineProvider>
  );
}
