import { describe, expect, it } from 'vitest';
import { LIVE_FRAMES_PROBE } from '../../../bench/support/live-frames-probe';

interface Recorded {
  frames: number[];
  keys: number[];
  pins: number[];
  recording: boolean;
}

/**
 * A page as the probe sees it, driven by hand: the clock, animation frames (their callbacks,
 * then the ResizeObserver callbacks of the layout), the tasks of posted messages (run when the
 * test says, as Chromium may hold them after a key), keydowns and the current point's id.
 */
class ProbedPage {
  point = '1';
  private now = 0;
  private frameCallbacks: ((time: number) => void)[] = [];
  private readonly observed = new Map<() => void, boolean>();
  private readonly messages: (() => void)[] = [];
  private readonly keyListeners: ((event: { key: string; timeStamp: number }) => void)[] = [];
  private readonly window: { __liveFrames?: Recorded } = {};

  constructor() {
    const { observed, messages, keyListeners } = this;
    const document = {
      documentElement: {},
      querySelector: () => ({ getAttribute: () => this.point }),
      querySelectorAll: () => [],
      addEventListener: (_type: string, listener: (typeof keyListeners)[number]) =>
        keyListeners.push(listener),
    };
    class FakeResizeObserver {
      constructor(private readonly callback: () => void) {}
      observe() {
        observed.set(this.callback, true);
      }
      unobserve() {
        observed.set(this.callback, false);
      }
    }
    class FakeMessageChannel {
      port1: { onmessage: (() => void) | null } = { onmessage: null };
      port2 = {
        postMessage: () => messages.push(() => this.port1.onmessage?.()),
      };
    }
    const FakePerformanceObserver = Object.assign(
      function () {
        return { observe: () => undefined };
      },
      { supportedEntryTypes: ['longtask'] },
    );
    const install = new Function(
      'window',
      'document',
      'performance',
      'PerformanceObserver',
      'MessageChannel',
      'ResizeObserver',
      'requestAnimationFrame',
      `return ${LIVE_FRAMES_PROBE}`,
    );
    install(
      this.window,
      document,
      { now: () => this.now },
      FakePerformanceObserver,
      FakeMessageChannel,
      FakeResizeObserver,
      (callback: (time: number) => void) => this.frameCallbacks.push(callback),
    );
    this.probe.recording = true;
  }

  get probe(): Recorded {
    const probe = this.window.__liveFrames;
    if (probe === undefined) throw new Error('the probe is not installed');
    return probe;
  }

  keydown(at: number, key: string): void {
    this.now = at;
    for (const listener of this.keyListeners) listener({ key, timeStamp: at });
  }

  /** A frame begins at `at`: its animation callbacks, then its layout's ResizeObserver callbacks. */
  frame(at: number): void {
    this.now = at;
    const callbacks = this.frameCallbacks;
    this.frameCallbacks = [];
    for (const callback of callbacks) callback(at);
    for (const [callback, on] of this.observed) if (on) callback();
  }

  /** The tasks of the messages posted so far run at `at`. */
  runMessages(at: number): void {
    this.now = at;
    for (const message of this.messages.splice(0)) message();
  }
}

describe('the live-frames probe', () => {
  it('times a key drawn in a frame at the first task after that frame', () => {
    const page = new ProbedPage();
    page.frame(90);
    page.runMessages(95);
    page.keydown(100, 'n');
    page.point = '2';
    page.frame(106.7);
    page.runMessages(111);
    expect(page.probe.keys).toEqual([11]);
  });

  it('times a key at the next frame when the task after its frame is held (a keyup after it)', () => {
    const page = new ProbedPage();
    page.frame(90);
    page.keydown(100, 'n');
    page.point = '2';
    page.frame(106.7);
    // Chromium holds the message posted in the key's frame until after the next frame.
    page.frame(123.4);
    page.runMessages(130);
    expect(page.probe.keys).toHaveLength(1);
    expect(page.probe.keys[0]).toBeCloseTo(23.4);
  });

  it('counts a change made after a frame was laid out from the next frame', () => {
    const page = new ProbedPage();
    page.frame(90);
    page.keydown(100, 'p');
    page.frame(106.7);
    // A task between the frame and the message after it changes the point: the frame does not
    // show it.
    page.point = '0';
    page.runMessages(112);
    expect(page.probe.keys).toEqual([]);
    page.frame(123.4);
    page.runMessages(128);
    expect(page.probe.keys).toEqual([28]);
  });
});
