import { Alert, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/api-context';
import { describeError } from './logic/error-text';

/** Shown instead of the console when it cannot reach the core. */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { title, message } = describeError(t, error);
  return (
    <Center h="100vh" p="xl" component="main">
      <Alert color="red" title={title} maw={560} role="alert">
        {message}
      </Alert>
    </Center>
  );
}

/** Waiting for the first answer of the core; says so when the link keeps failing. */
export function StartupLoading() {
  const { t } = useTranslation();
  const { status } = useConnection();
  if (status === 'reconnecting') {
    return (
      <Center h="100vh" p="xl" component="main">
        <Alert color="red" title={t('errors.cannotConnect')} maw={560} role="alert">
          {t('errors.cannotConnectDetail')}
        </Alert>
      </Center>
    );
  }
  return (
    <Center h="100vh" component="main">
      <Stack align="center">
        <Loader aria-label={t('common.loading')} />
      </Stack>
    </Center>
  );
}
