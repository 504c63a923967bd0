import { describe, expect, it } from 'vitest';
import type { ConsoleBridge } from '../../../src/shared/api/bridge';
import { coalesceReads } from '../../../src/renderer/src/api/logic/coalesced-reads';

/** A bridge whose calls the test answers, and whose events it pushes. */
function fakeBridge() {
  const calls: { method: string; input: unknown; answer(value: unknown): void }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge = {
    invoke: (method: string, input: unknown) =>
      new Promise((resolve) => calls.push({ method, input, answer: resolve })),
    subscribe: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  } as unknown as ConsoleBridge;
  const push = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  return { bridge, calls, push };
}

describe('coalesced reads', () => {
  it('asks the core once for identical reads under way, and gives each caller the answer', async () => {
    const { bridge, calls } = fakeBridge();
    const shared = coalesceReads(bridge);
    const first = shared.invoke('show.get', { showId: 1 });
    const second = shared.invoke('show.get', { showId: 1 });
    const other = shared.invoke('show.get', { showId: 2 });
    expect(calls.map((call) => call.input)).toEqual([{ showId: 1 }, { showId: 2 }]);
    calls[0].answer('show 1');
    calls[1].answer('show 2');
    expect(await Promise.all([first, second, other])).toEqual(['show 1', 'show 1', 'show 2']);
    void shared.invoke('show.get', { showId: 1 });
    expect(calls).toHaveLength(3);
  });

  it('asks again once the core sent an event, and never shares a command', () => {
    const { bridge, calls, push } = fakeBridge();
    const shared = coalesceReads(bridge);
    void shared.invoke('rehearsal.state', {});
    push('lineup.changed', { showId: 1 });
    void shared.invoke('rehearsal.state', {});
    void shared.invoke('show.create', { name: 'A' });
    void shared.invoke('show.create', { name: 'A' });
    expect(calls.map((call) => call.method)).toEqual([
      'rehearsal.state',
      'rehearsal.state',
      'show.create',
      'show.create',
    ]);
  });
});
