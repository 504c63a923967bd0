/**
 * What the connect panel remembers per show: the server address and the show id on the server in
 * localStorage, the token only in sessionStorage (it is a secret; it lives as long as the window).
 */
export interface ServerTarget {
  serverUrl: string;
  serverShowId: string;
}

const targetKey = (showId: number) => `showdesk.saleServer.${showId}`;
const tokenKey = (showId: number) => `showdesk.saleServerToken.${showId}`;

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function loadTarget(showId: number): ServerTarget {
  const value = readJson(window.localStorage, targetKey(showId));
  if (typeof value === 'object' && value !== null) {
    const { serverUrl, serverShowId } = value as Record<string, unknown>;
    if (typeof serverUrl === 'string' && typeof serverShowId === 'string') {
      return { serverUrl, serverShowId };
    }
  }
  return { serverUrl: '', serverShowId: '' };
}

export function saveTarget(showId: number, target: ServerTarget): void {
  window.localStorage.setItem(targetKey(showId), JSON.stringify(target));
}

export function loadToken(showId: number): string {
  return window.sessionStorage.getItem(tokenKey(showId)) ?? '';
}

export function saveToken(showId: number, token: string): void {
  window.sessionStorage.setItem(tokenKey(showId), token);
}
