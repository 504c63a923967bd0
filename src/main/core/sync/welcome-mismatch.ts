import { PROTOCOL_VERSION, type HandshakeError, type Welcome } from '../../../shared/protocol';

/**
 * A valid welcome that contradicts the handshake: another protocol version, or another show than
 * the one asked for. Either needs a person (like the handshake refusals of the same codes), so
 * it is given as that refusal; null when the welcome answers what was asked.
 */
export function welcomeMismatch(welcome: Welcome, serverShowId: string): HandshakeError | null {
  if (welcome.protocolVersion !== PROTOCOL_VERSION) {
    return {
      code: 'bad_version',
      message: `the server's welcome speaks protocol ${welcome.protocolVersion}; this console speaks ${PROTOCOL_VERSION}`,
    };
  }
  if (welcome.showId !== serverShowId) {
    return {
      code: 'unknown_show',
      message: `the server's welcome is for show ${welcome.showId}, not ${serverShowId}`,
    };
  }
  return null;
}
