import { z } from 'zod';
import { AUDIENCE_FEATURE } from './audience';
import { HISTORY_FEATURE } from './history';

/**
 * Optional protocol additions, negotiated in the handshake without raising the version: the
 * console offers the names it understands (`HandshakeAuth.features`), the server answers in
 * `welcome.features` with the ones it will use on this connection. A name the other side does
 * not know is ignored; a server without negotiation sends no `features`, which means none.
 */
export const FeatureName = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/);
export const FeatureList = z.array(FeatureName).max(32);
export type FeatureList = z.infer<typeof FeatureList>;

/** The server says it is alive at least once a second (docs/protocol.md section 4.5). */
export const HEARTBEAT_FEATURE = 'heartbeat';

/** The features this build of the console understands, offered in every handshake. */
export const CONSOLE_FEATURES: readonly string[] = [
  HEARTBEAT_FEATURE,
  HISTORY_FEATURE,
  AUDIENCE_FEATURE,
];

/** The offered names the server also supports, in the server's order, each once. */
export function agreedFeatures(
  offered: readonly string[] | undefined,
  supported: readonly string[],
): string[] {
  const wanted = new Set(offered ?? []);
  return supported.filter((name) => wanted.has(name));
}
