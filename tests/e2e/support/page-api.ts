import type { Page } from 'playwright-core';
import type { ApiInput, ApiMethod, ApiResult } from '../../../src/shared/api/contract';
import type { ApiEnvelope } from '../../../src/shared/api/errors';

/** The browser globals the page function below uses (the tests compile without DOM types). */
interface BrowserSocket {
  onopen: (() => void) | null;
  onerror: (() => void) | null;
  onmessage: ((message: { data: string }) => void) | null;
  send(data: string): void;
  close(): void;
}
interface BrowserGlobals {
  location: { href: string };
  WebSocket: new (url: string) => BrowserSocket;
}

/**
 * Calls the console API as the console's page would, over a websocket of the page's own (same
 * origin; the token cookie lets it in). Used by the end-to-end tests and the frame benchmark.
 */
export async function api<M extends ApiMethod>(
  page: Pick<Page, 'evaluate'>,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const envelope = await page.evaluate(
    ({ method, input }) =>
      new Promise<unknown>((resolve, reject) => {
        const browser = globalThis as unknown as BrowserGlobals;
        const url = new URL('/api', browser.location.href);
        url.protocol = 'ws:';
        url.search = '';
        url.hash = '';
        const socket = new browser.WebSocket(url.toString());
        socket.onopen = () => socket.send(JSON.stringify({ type: 'invoke', id: 1, method, input }));
        socket.onerror = () => reject(new Error(`the API socket failed during ${method}`));
        socket.onmessage = (message) => {
          const frame = JSON.parse(message.data) as {
            type: string;
            id?: number;
            envelope?: unknown;
          };
          if (frame.type !== 'result' || frame.id !== 1) return;
          socket.close();
          resolve(frame.envelope);
        };
      }),
    { method, input },
  );
  const result = envelope as ApiEnvelope<ApiResult<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
