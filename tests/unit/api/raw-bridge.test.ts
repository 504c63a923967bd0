import { describe, expect, it } from 'vitest';
import { consoleBridgeFromRaw } from '../../../src/renderer/src/api/logic/raw-bridge';
import type { RawBridge } from '../../../src/shared/api/bridge';
import { ConnectionLostError } from '../../../src/shared/api/connection-status';

function rawBridge(invoke: RawBridge['invoke']): RawBridge {
  return {
    invoke,
    subscribe: () => () => undefined,
    status: () => 'open',
    onStatus: () => () => undefined,
  };
}

describe("the page's side of the Electron bridge", () => {
  it('unwraps envelopes and throws the ApiError one carries', async () => {
    const bridge = consoleBridgeFromRaw(
      rawBridge((method) =>
        Promise.resolve(
          method === 'show.list'
            ? { ok: true, value: [] }
            : { ok: false, error: { code: 'not_found', message: 'No such show' } },
        ),
      ),
    );
    await expect(bridge.invoke('show.list', {})).resolves.toEqual([]);
    await expect(bridge.invoke('show.get', { showId: 1 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('makes a call the preload rejected (its class lost on the way) a ConnectionLostError', async () => {
    // What arrives through contextBridge: a plain Error with the message only.
    const bridge = consoleBridgeFromRaw(
      rawBridge(() => Promise.reject(new Error('The connection to the Showdesk core closed'))),
    );
    const error = await bridge.invoke('show.list', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect(error).toMatchObject({ method: 'show.list' });
  });
});
