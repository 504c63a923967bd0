import { WEB_TOKEN_PARAM } from '../../../shared/api/web-address';

const STORAGE_KEY = 'showdesk.webToken';

/**
 * The browser host's token: taken from the page URL when present, kept in sessionStorage so a
 * reload of the same tab still connects, and removed from the address bar so it is not shared by
 * copying the URL.
 */
export function takeWebToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(WEB_TOKEN_PARAM);
  if (fromUrl) {
    window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(WEB_TOKEN_PARAM);
    window.history.replaceState(window.history.state, '', url.toString());
    return fromUrl;
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
