import { Box, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChartSectionProps {
  title: string;
  /** A line under the title (how to use the chart). */
  hint?: string;
  testId: string;
  /** What the chart shows, for assistive technology. */
  label: string;
  /** Said instead of the chart when it has nothing to show; null when it has. */
  empty?: string | null;
  busy?: boolean;
  /** The chart. */
  children: ReactNode;
  /** Under the chart (a legend). */
  footer?: ReactNode;
}

/** One chart of the timeline: its titled frame, the chart as an image with a label, or a note. */
export function ChartSection({
  title,
  hint,
  testId,
  label,
  empty = null,
  busy,
  children,
  footer,
}: ChartSectionProps) {
  return (
    <Paper withBorder p="sm" radius="sm" aria-busy={busy}>
      <Title order={3} size="h5" mb={hint === undefined ? 'xs' : 4}>
        {title}
      </Title>
      {hint !== undefined && (
        <Text size="xs" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      {empty === null ? (
        <Box data-testid={testId} role="img" aria-label={label}>
          {children}
        </Box>
      ) : (
        <Text c="dimmed">{empty}</Text>
      )}
      {footer}
    </Paper>
  );
}
