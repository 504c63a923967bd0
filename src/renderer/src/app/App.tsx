import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApiProvider } from '../api/api-context';
import { LiveProvider } from '../live-run/live-context';
import type { Transport } from '../api/create-bridge';
import { Screens } from './Screens';
import { StartupError } from './StartupError';
import { cssVariablesResolver, theme } from './logic/theme';

export type AppProps = { transport: Transport } | { startupError: unknown };

export function App(props: AppProps) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="dark"
      cssVariablesResolver={cssVariablesResolver}
    >
      <Notifications position="top-right" />
      {'transport' in props ? (
        <ApiProvider transport={props.transport}>
          <LiveProvider>
            <Screens />
          </LiveProvider>
        </ApiProvider>
      ) : (
        <StartupError error={props.startupError} />
      )}
    </MantineProvider>
  );
}
