import { useMediaQuery } from '@mantine/hooks';

/**
 * Laptop screens (up to 1440x900): the console gives its height to the product cards and the
 * current talking point, and the log and the key legend fold away behind a button each.
 */
export function useCompactConsole(): boolean {
  return useMediaQuery('(max-height: 960px)', true, { getInitialValueInEffect: false });
}
