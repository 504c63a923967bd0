import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a background render just after its own first one, so that what is
 * around it is drawn first (React's `useDeferredValue` with an initial value: the first render
 * gets `false`, the next, interruptible one `true`). For parts of a screen below the window.
 */
export function DeferredRender({ children }: { children: ReactNode }) {
  const shown = useDeferredValue(true, false);
  return shown ? children : null;
}
