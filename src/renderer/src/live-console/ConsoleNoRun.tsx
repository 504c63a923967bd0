import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';

/** Before a run is open there is nothing on air: say so, and where a run starts. */
export function ConsoleNoRun() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={720}>
      <Stack gap="sm">
        <Title order={2} data-testid="console-no-run">
          {t('console.noRun.title')}
        </Title>
        <Text>{t('console.noRun.text')}</Text>
        <Anchor href={routeHash({ screen: 'shows' })}>{t('console.noRun.openShows')}</Anchor>
      </Stack>
    </Paper>
  );
}
