import { Box, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRunMode } from './use-run-mode';

/** Height of the banner, for the header that holds it. */
export const REHEARSAL_BANNER_HEIGHT = 34;

/**
 * Across the top of the window while a rehearsal run is open: amber and black stripes with the
 * words on a solid amber plate, so the text keeps its contrast over the stripes.
 */
export function RehearsalBanner() {
  const { t } = useTranslation();
  if (useRunMode() !== 'rehearsal') return null;
  return (
    <Box
      data-testid="rehearsal-banner"
      h={REHEARSAL_BANNER_HEIGHT}
      px="md"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'repeating-linear-gradient(-45deg, #fab005 0 16px, #1a1b1e 16px 32px)',
        borderBottom: '2px solid #fab005',
      }}
    >
      <Text
        component="strong"
        size="sm"
        fw={800}
        px="md"
        py={4}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 8,
          background: '#fcc419',
          color: '#000',
          borderRadius: 4,
          letterSpacing: '0.04em',
          whiteSpace: 'nowrap',
        }}
      >
        <IconAlertTriangle size={18} aria-hidden />
        {t('rehearsal.banner')}
      </Text>
    </Box>
  );
}
