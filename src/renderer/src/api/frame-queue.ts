import { KeyFrame } from './logic/key-frame';

/** How long a queue waits for an animation frame before it delivers anyway (a hidden page). */
const FALLBACK_MS = 100;

let keyFrame: KeyFrame | null = null;

/** The page's key frames, followed from the first queue on (keys are seen before any handler). */
function followKeys(): KeyFrame {
  if (keyFrame !== null) return keyFrame;
  const frames = new KeyFrame();
  window.addEventListener(
    'keydown',
    () => {
      frames.pressed();
      requestAnimationFrame((time) => frames.began(time));
    },
    { capture: true },
  );
  keyFrame = frames;
  return frames;
}

/**
 * Collects items and delivers them in one call on the next animation frame, so a burst of pushes
 * costs one render per frame and the newest one is drawn in the frame after it arrived; in the
 * frame that draws a key's effect they wait for the next one (see KeyFrame). A page that gets no
 * frames (hidden) is delivered to after FALLBACK_MS, so the queue never grows.
 */
export class FrameQueue<T> {
  private items: T[] = [];
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly keys = followKeys();

  constructor(private readonly deliver: (items: T[]) => void) {}

  push(item: T): void {
    this.items.push(item);
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame((time) => this.onFrame(time));
    this.timer = setTimeout(() => this.flush(), FALLBACK_MS);
  }

  /** Drops what is waiting (the page leaves). */
  stop(): void {
    this.cancel();
    this.items = [];
  }

  private onFrame(time: number): void {
    if (this.keys.holds(time)) {
      this.frame = requestAnimationFrame((next) => this.onFrame(next));
      return;
    }
    this.flush();
  }

  private flush(): void {
    this.cancel();
    const items = this.items;
    this.items = [];
    if (items.length > 0) this.deliver(items);
  }

  private cancel(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}
