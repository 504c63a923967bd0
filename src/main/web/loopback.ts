import { isIP } from 'node:net';

/** True for an IP literal on the loopback interface (127.0.0.0/8 or ::1). */
export function isLoopbackAddress(host: string): boolean {
  switch (isIP(host)) {
    case 4:
      return host.split('.')[0] === '127';
    case 6:
      return host === '::1' || host === '0:0:0:0:0:0:0:1';
    default:
      return false;
  }
}

/** The origin a browser sees for a host and port, with IPv6 in brackets. */
export function servedOrigin(host: string, port: number): URL {
  const literal = isIP(host) === 6 ? `[${host}]` : host;
  return new URL(`http://${literal}:${port}`);
}
