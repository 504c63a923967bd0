import { NodeWebSocket } from 'engine.io-client';

/**
 * engine.io's WebSocket transport for Node with `ws`'s synchronous events turned off: of the
 * messages that arrive together (a replay after a cut sends a dozen of 1,000 events at once),
 * each is decoded and handed on in a turn of the event loop of its own, so the console's API
 * answers between them instead of after all of them.
 */
export class PacedWebSocket extends NodeWebSocket {
  override createSocket(
    uri: string,
    protocols: string | string[] | undefined,
    opts: Record<string, unknown>,
  ): unknown {
    return super.createSocket(uri, protocols, { ...opts, allowSynchronousEvents: false });
  }
}
