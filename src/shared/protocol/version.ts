/**
 * The sale-server protocol version. A console and a server speak only the same version: the server
 * refuses a handshake that names another one (`bad_version`). Any change that an older peer could
 * misread (a new event or command type, a field that changes meaning) raises it.
 */
export const PROTOCOL_VERSION = 1;

/** socket.io event names the server emits to a console (default namespace `/`). */
export const ServerMessage = {
  welcome: 'welcome',
  events: 'events',
  snapshotRequired: 'snapshotRequired',
  snapshot: 'snapshot',
  /** Only on a connection that agreed to the `heartbeat` feature (docs/protocol.md 4.5). */
  heartbeat: 'heartbeat',
} as const;
export type ServerMessageName = (typeof ServerMessage)[keyof typeof ServerMessage];

/** socket.io event names a console emits to the server (default namespace `/`). */
export const ConsoleMessage = {
  /** With an acknowledgement callback that receives an `Ack`. */
  command: 'command',
  resume: 'resume',
  requestSnapshot: 'requestSnapshot',
  /** With an acknowledgement callback that receives a `ClockReply`. */
  clock: 'clock',
  /** With the `history` feature only; an acknowledgement callback receives a `HistoryReply`. */
  history: 'history',
} as const;
export type ConsoleMessageName = (typeof ConsoleMessage)[keyof typeof ConsoleMessage];

/** The namespace simulated viewers connect to, and its event names. */
export const INTAKE_NAMESPACE = '/intake';
export const IntakeMessage = {
  /** With an acknowledgement callback that receives a `BuyAck`. */
  buy: 'buy',
  /** `Buys`, with an acknowledgement callback that receives their `BuyAck`s in order. */
  buys: 'buys',
  viewers: 'viewers',
  /** Viewers' comments (`CommentReports`, no ack); the server uses them with feature `audience`. */
  comments: 'comments',
} as const;
