/** The page's animation frames (this module is also compiled without the DOM's types). */
interface AnimationFrames {
  requestAnimationFrame(run: () => void): number;
  cancelAnimationFrame(handle: number): void;
}

const page = globalThis as unknown as AnimationFrames;

/**
 * Runs `run` in the first animation frame at least `ms` from now; returns what cancels it. For an
 * update of the page that waits: run from a timer alone it would write the page between frames,
 * and the next frame would lay it out twice, once for the browser's hover check at the frame's
 * start and again after the frame's own updates.
 */
export function frameAfter(run: () => void, ms: number): () => void {
  let frame: number | null = null;
  const timer = setTimeout(() => {
    frame = page.requestAnimationFrame(run);
  }, ms);
  return () => {
    clearTimeout(timer);
    if (frame !== null) page.cancelAnimationFrame(frame);
  };
}
