import { useEffect, useState } from 'react';

/** The time now, refreshed every `intervalMs` (the on-air clock and countdowns). */
export function useClock(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
