import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WEB_TOKEN_PARAM } from '../../shared/api/web-address';

export const TOKEN_COOKIE = 'showdesk_token';

/** A fresh secret for one run of the browser host. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** How a request proved it holds the token, if it did. */
export type TokenProof = 'query' | 'cookie' | 'none';

export function tokenProof(request: IncomingMessage, url: URL, token: string): TokenProof {
  const fromQuery = url.searchParams.get(WEB_TOKEN_PARAM);
  if (fromQuery !== null && sameSecret(fromQuery, token)) return 'query';
  const fromCookie = cookieValue(request.headers.cookie, TOKEN_COOKIE);
  if (fromCookie !== undefined && sameSecret(fromCookie, token)) return 'cookie';
  return 'none';
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The Host header must name the address the host serves on (a guard against DNS rebinding). */
export function hostHeaderMatches(request: IncomingMessage, origin: URL): boolean {
  return request.headers.host === origin.host;
}

/** Compares a request's Origin header to the served origin by parsing it, never by substring. */
export function originMatches(header: string | undefined, origin: URL): boolean {
  if (header === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(header);
  } catch {
    return false;
  }
  return parsed.origin === origin.origin;
}
