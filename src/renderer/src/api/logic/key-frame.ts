/**
 * The frame that draws a key's effect, told apart so that live updates wait one frame for it: a
 * key's own render (a pin, the next talking point, drawn from local state at once) then never
 * shares its frame with a live delta's, which would push it past the frame's deadline under a
 * burst of orders.
 *
 * Animation callbacks of one frame all get the frame's time: once the key's frame began (the
 * callback asked for at the key runs with its time), a queue's callback of that frame is known by
 * that time; before it, every callback runs in the key's frame or earlier and waits.
 */
export class KeyFrame {
  private waiting = false;
  private frameTime: number | null = null;

  /** A key was handled: the next frame is its. */
  pressed(): void {
    this.waiting = true;
    this.frameTime = null;
  }

  /** The key's frame began at `time` (the animation callback asked for at the key). */
  began(time: number): void {
    if (!this.waiting) return;
    this.waiting = false;
    this.frameTime = time;
  }

  /** Whether updates whose animation callback runs at `time` wait for the next frame. */
  holds(time: number): boolean {
    return this.waiting || this.frameTime === time;
  }
}
