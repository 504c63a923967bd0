import { AUDIENCE_FEATURE, HEARTBEAT_FEATURE, HISTORY_FEATURE } from '../../shared/protocol';

/**
 * The protocol additions (docs/protocol.md section 3.1) the reference server implements. It
 * agrees to each one a console offers in its handshake.
 */
export const SERVER_FEATURES: readonly string[] = [
  HEARTBEAT_FEATURE,
  AUDIENCE_FEATURE,
  HISTORY_FEATURE,
];
