/**
 * The probe installed in the page: animation-frame deltas, long tasks, and key-to-frame latency:
 * from the keydown's timestamp to the painting of the first frame in which the current talking
 * point changed, or (a pin key 1-9) the pressed card shows a pin badge, pending or confirmed.
 *
 * The DOM is read in each frame once its animation callbacks have run and its layout is done (a
 * ResizeObserver's callback, which the probe asks for at each frame: after every animation
 * callback, the app's or the probe's, and before the paint), so a frame counts what it paints.
 * A press drawn in a frame is timed at the first of two moments after that frame's painting: a
 * message posted from the frame (the first task after it, as bench/event-to-glass reads it) and
 * the next frame's animation callback. Chromium holds posted messages after a key until the next
 * frame (its DeferRendererTasksAfterInput), so a key released just after its frame (the keyup)
 * would hold the message for another frame that shows nothing new: the next frame bounds it.
 * Both moments come after the painting, so a press is never timed before its frame was painted.
 * A string, so that it runs as written in the page.
 */
export const LIVE_FRAMES_PROBE = `(() => {
  const probe = { frames: [], longTasks: [], keys: [], pins: [], recording: false,
    longTaskSupported: PerformanceObserver.supportedEntryTypes.includes('longtask') };
  let last = performance.now();
  const pending = [];
  let drawn = [];
  const paintedBy = (now) => {
    for (const wait of drawn) wait.into.push(now - wait.pressedAt);
    drawn = [];
  };
  const painted = new MessageChannel();
  painted.port1.onmessage = () => paintedBy(performance.now());
  const root = document.documentElement;
  const laidOut = new ResizeObserver(() => {
    laidOut.unobserve(root);
    const now = performance.now();
    for (let index = pending.length - 1; index >= 0; index -= 1) {
      const wait = pending[index];
      if (wait.shown()) drawn.push(wait);
      else if (now - wait.pressedAt < 5000) continue;
      pending.splice(index, 1);
    }
    painted.port2.postMessage(null);
  });
  const tick = (now) => {
    paintedBy(performance.now());
    if (probe.recording) probe.frames.push(now - last);
    last = now;
    laidOut.observe(root);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    if (!probe.recording) return;
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const pointId = () =>
    document.querySelector('[data-testid="console-current-point"]')?.getAttribute('data-point-id');
  const pinShown = (slot) => {
    const card = document.querySelectorAll('[data-testid="console-card"]')[slot - 1];
    return card?.querySelector('[data-testid="pin-badge"], [data-testid="pin-pending-badge"]') != null;
  };
  const measure = (shown, into, pressedAt) => pending.push({ shown, into, pressedAt });
  document.addEventListener('keydown', (event) => {
    if (!probe.recording) return;
    if (event.key === 'n' || event.key === 'p') {
      const before = pointId();
      measure(() => pointId() !== before, probe.keys, event.timeStamp);
    } else if (/^[1-9]$/.test(event.key) && !pinShown(Number(event.key))) {
      const slot = Number(event.key);
      measure(() => pinShown(slot), probe.pins, event.timeStamp);
    }
  }, true);
  window.__liveFrames = probe;
})()`;
