import { Alert, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MissingTokenError } from '../api/create-bridge';
import { describeError } from './notify';

/** Shown instead of the console when it cannot reach the core. */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { title, message } =
    error instanceof MissingTokenError
      ? { title: t('errors.noToken'), message: t('errors.noTokenDetail') }
      : describeError(t, error);
  return (
    <Center h="100vh" p="xl" component="main">
      <Alert color="red" title={title} maw={560} role="alert">
        {message}
      </Alert>
    </Center>
  );
}

export function StartupLoading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" component="main">
      <Stack align="center">
        <Loader aria-label={t('common.loading')} />
      </Stack>
    </Center>
  );
}
