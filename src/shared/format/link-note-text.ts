import type { Language } from '../model/lineup';
import type {
  CheckedMessage,
  LinkNote,
  LinkNoteCode,
  LinkReason,
  ProtocolErrorNote,
  ProtocolErrorNoteCode,
  ProtocolErrorText,
  SnapshotNote,
  SnapshotNoteCode,
  SnapshotReason,
} from '../model/link-note';
import type { LinkErrorCode, LinkErrorReason } from '../model/live';
import type { HandshakeErrorCode } from '../protocol/handshake';
import { formatDuration, readsAsNow } from './durations';
import { formatCount } from './numbers';

type ErrorKey = Exclude<LinkErrorCode, 'refused'> | `refused_${HandshakeErrorCode}`;

/** socket.io's and engine.io's reasons for a dropped connection and messages of a failed attempt. */
const SOCKET_WORDS = [
  'transport close',
  'transport error',
  'ping timeout',
  'io server disconnect',
  'io client disconnect',
  'forced close',
  'parse error',
  'websocket error',
  'xhr poll error',
  'xhr post error',
  'server error',
  'timeout',
] as const;
type SocketWord = (typeof SOCKET_WORDS)[number];

interface LinkNoteTexts {
  note: Record<LinkNoteCode | 'dropped_now', string>;
  error: Record<ErrorKey, string>;
  socket: Record<SocketWord, string>;
  snapshot: Record<SnapshotNoteCode, string>;
  protocol: Record<ProtocolErrorNoteCode, string>;
  message: Record<CheckedMessage, string>;
}

/**
 * Why the link changed, a snapshot came or a message was rejected, in the words of the run log's
 * readers (the review's markers, the replay, the HTML report) in each language. `{{name}}` is
 * replaced by a parameter; the socket's own messages (`{{message}}`, `{{reason}}`), the
 * validator's issues and the server's own words stay as they came.
 */
const TEXTS: Record<Language, LinkNoteTexts> = {
  en: {
    note: {
      welcome: 'server at event {{seq}}',
      console_stopped: 'disconnected by the console',
      dropped: '{{error}}; retrying in {{wait}}',
      dropped_now: '{{error}}; retrying now',
      stopped: '{{error}}; not retrying until reconnected',
      silent: 'nothing from the server for {{duration}}',
      heard_again: 'messages again after {{duration}} without any',
      lineup_not_loaded: 'lineup not loaded: {{issues}}',
    },
    error: {
      refused_bad_token: 'the server refused the show token',
      refused_unknown_show: 'the server has no show with this id, or answered for another show',
      refused_bad_version: 'the server speaks another protocol version',
      refused_invalid_handshake: 'the server refused the connection request',
      unreachable: 'cannot reach the server: {{message}}',
      disconnected: 'the connection dropped: {{reason}}',
      no_welcome: 'the server did not answer in time',
      invalid_welcome: 'the server’s first message was not valid',
      no_snapshot: 'no snapshot came within {{wait}}',
      no_answer: 'no answer from the server for {{wait}}',
      internal: 'the console failed: {{message}}',
      server_behind:
        'the server lost data: it has {{serverSeq}} events, this console applied {{consoleSeq}}',
    },
    socket: {
      'transport close': 'the connection closed',
      'transport error': 'a network error',
      'ping timeout': 'no heartbeat from the server',
      'io server disconnect': 'the server closed the connection',
      'io client disconnect': 'the console closed the connection',
      'forced close': 'the connection was closed',
      'parse error': 'unreadable data from the server',
      'websocket error': 'a WebSocket error',
      'xhr poll error': 'an HTTP polling error',
      'xhr post error': 'an HTTP sending error',
      'server error': 'the server refused the connection handshake',
      timeout: 'no answer in time',
    },
    snapshot: {
      welcome: 'the server’s state on connecting',
      unrequested: 'sent by the server unasked',
      too_old: 'the server no longer kept the events after event {{fromSeq}}',
      no_replay: 'no replay after event {{fromSeq}} in time',
      inapplicable_event: 'event {{seq}} could not be applied',
    },
    protocol: {
      gap: 'event {{received}} came when event {{expected}} was next; resuming after event {{fromSeq}}',
      behind:
        'the server’s heartbeat says it sent every event up to {{serverSeq}}, but only those up to {{fromSeq}} arrived; resuming after event {{fromSeq}}',
      no_replay: 'no replay after event {{fromSeq}} within {{wait}}; asking for a snapshot',
      stale_snapshot:
        'an unrequested snapshot at event {{seq}}, behind the applied event {{appliedSeq}}',
      wrong_show: 'a {{message}} for another show ({{showId}})',
      wrong_version: 'a welcome in protocol version {{version}}, not {{expected}}',
      unknown_message: 'a message this console does not know: {{name}}',
      malformed: 'an invalid {{message}}: {{issues}}',
      malformed_event: 'event number {{number}} of a batch is invalid: {{issues}}',
      conflicting_duplicate: 'event {{seq}} came again with other content',
      unknown_sku: 'event {{seq}} is for {{sku}}, which is not in the lineup',
      inapplicable_event: 'event {{seq}} could not be applied: {{detail}}',
      mismatched_ack: 'the answer to command {{commandId}} named command {{answered}}',
      outbox_row: 'a saved command ({{commandId}}) could no longer be read',
      history_refused:
        'the server refused the history of events {{fromSeq}}–{{toSeq}}: {{code}}: {{message}}',
      history_page: 'the history of events {{fromSeq}}–{{toSeq}} came without the next events',
    },
    message: {
      welcome: 'welcome',
      snapshotRequired: 'request for a snapshot',
      snapshot: 'snapshot',
      events: 'batch of events',
      ack: 'answer to a command',
      clock: 'clock answer',
      heartbeat: 'heartbeat',
      history: 'history answer',
    },
  },
  'zh-CN': {
    note: {
      welcome: '服务器事件序号 {{seq}}',
      console_stopped: '由控制台断开',
      dropped: '{{error}}；{{wait}}后重试',
      dropped_now: '{{error}}；立即重试',
      stopped: '{{error}}；重新连接前不再重试',
      silent: '服务器 {{duration}}无消息',
      heard_again: '中断 {{duration}}后重新收到消息',
      lineup_not_loaded: '排期未加载：{{issues}}',
    },
    error: {
      refused_bad_token: '服务器拒绝了直播令牌',
      refused_unknown_show: '服务器上没有此 ID 的直播，或回应的是另一场直播',
      refused_bad_version: '服务器使用另一协议版本',
      refused_invalid_handshake: '服务器拒绝了连接请求',
      unreachable: '无法连接服务器：{{message}}',
      disconnected: '连接已断开：{{reason}}',
      no_welcome: '服务器未及时响应',
      invalid_welcome: '服务器的首条消息无效',
      no_snapshot: '{{wait}}内未收到快照',
      no_answer: '{{wait}}内服务器无任何应答',
      internal: '控制台出错：{{message}}',
      server_behind:
        '服务器丢失了数据：它只有 {{serverSeq}} 个事件，而本控制台已应用 {{consoleSeq}} 个',
    },
    socket: {
      'transport close': '连接被关闭',
      'transport error': '网络错误',
      'ping timeout': '服务器心跳超时',
      'io server disconnect': '服务器关闭了连接',
      'io client disconnect': '控制台关闭了连接',
      'forced close': '连接被强制关闭',
      'parse error': '服务器数据无法解析',
      'websocket error': 'WebSocket 错误',
      'xhr poll error': 'HTTP 轮询错误',
      'xhr post error': 'HTTP 发送错误',
      'server error': '服务器拒绝了连接握手',
      timeout: '未及时应答',
    },
    snapshot: {
      welcome: '连接时服务器的状态',
      unrequested: '服务器主动发送',
      too_old: '服务器已不保留事件 {{fromSeq}} 之后的事件',
      no_replay: '事件 {{fromSeq}} 之后的重放未及时到达',
      inapplicable_event: '事件 {{seq}} 无法应用',
    },
    protocol: {
      gap: '应收到事件 {{expected}}，却收到事件 {{received}}；从事件 {{fromSeq}} 之后重新接收',
      behind:
        '服务器心跳表明已发送至事件 {{serverSeq}}，但只收到事件 {{fromSeq}} 及之前的事件；从事件 {{fromSeq}} 之后重新接收',
      no_replay: '{{wait}}内未收到事件 {{fromSeq}} 之后的重放；正在请求快照',
      stale_snapshot: '收到未请求的快照（事件 {{seq}}），落后于已应用的事件 {{appliedSeq}}',
      wrong_show: '另一直播（{{showId}}）的{{message}}',
      wrong_version: '欢迎消息使用协议版本 {{version}}，而非 {{expected}}',
      unknown_message: '本控制台不认识的消息：{{name}}',
      malformed: '无效的{{message}}：{{issues}}',
      malformed_event: '事件批次中第 {{number}} 个事件无效：{{issues}}',
      conflicting_duplicate: '事件 {{seq}} 再次到达，但内容不同',
      unknown_sku: '事件 {{seq}} 的商品 {{sku}} 不在阵容中',
      inapplicable_event: '事件 {{seq}} 无法应用：{{detail}}',
      mismatched_ack: '命令 {{commandId}} 的应答指向了命令 {{answered}}',
      outbox_row: '已保存的命令（{{commandId}}）无法再读取',
      history_refused: '服务器拒绝提供事件 {{fromSeq}}–{{toSeq}} 的历史：{{code}}：{{message}}',
      history_page: '事件 {{fromSeq}}–{{toSeq}} 的历史缺少后续事件',
    },
    message: {
      welcome: '欢迎消息',
      snapshotRequired: '快照要求',
      snapshot: '快照',
      events: '事件批次',
      ack: '命令应答',
      clock: '时钟应答',
      heartbeat: '心跳',
      history: '历史应答',
    },
  },
};

/** The texts of a UI language; English for a language without its own. */
function textsOf(language: string): LinkNoteTexts {
  return language === 'zh-CN' ? TEXTS['zh-CN'] : TEXTS.en;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A socket.io reason or message in the reader's words; any other as it came. */
function socketText(texts: LinkNoteTexts, said: string): string {
  const word = SOCKET_WORDS.find((known) => known === said);
  return word === undefined ? said : texts.socket[word];
}

/** A socket's message ("websocket error") in `language`; one it does not name, as it came. */
export function socketMessageText(said: string, language: string): string {
  return socketText(textsOf(language), said);
}

function errorText(texts: LinkNoteTexts, error: LinkErrorReason, language: string): string {
  switch (error.code) {
    case 'refused':
      return texts.error[`refused_${error.params.refusal}`];
    case 'server_behind':
      return fill(texts.error.server_behind, {
        serverSeq: formatCount(error.params.serverSeq, language),
        consoleSeq: formatCount(error.params.consoleSeq, language),
      });
    case 'no_snapshot':
      return fill(texts.error.no_snapshot, {
        wait: formatDuration(error.params.waitedMs, language),
      });
    case 'no_answer':
      return fill(texts.error.no_answer, {
        wait: formatDuration(error.params.silentMs, language),
      });
    case 'unreachable':
      return fill(texts.error.unreachable, { message: socketText(texts, error.params.message) });
    case 'disconnected': {
      // A reason socket.io names says it all ("the connection closed"); any other is quoted.
      const known = socketText(texts, error.params.reason);
      return known === error.params.reason
        ? fill(texts.error.disconnected, { reason: known })
        : known;
    }
    default:
      return fill(texts.error[error.code], { ...error.params });
  }
}

/** A note in `language`. */
export function linkNoteText(note: LinkNote, language: string): string {
  const texts = textsOf(language);
  switch (note.code) {
    case 'welcome':
      return fill(texts.note.welcome, { seq: formatCount(note.params.seq, language) });
    case 'console_stopped':
      return texts.note.console_stopped;
    case 'dropped': {
      const error = errorText(texts, note.params.error, language);
      const { retryInMs } = note.params;
      // No wait known (the link was dropped for an internal failure): its next entry says it.
      if (retryInMs === null) return error;
      return readsAsNow(retryInMs)
        ? fill(texts.note.dropped_now, { error })
        : fill(texts.note.dropped, { error, wait: formatDuration(retryInMs, language) });
    }
    case 'stopped':
      return fill(texts.note.stopped, { error: errorText(texts, note.params.error, language) });
    case 'silent':
    case 'heard_again':
      return fill(texts.note[note.code], {
        duration: formatDuration(note.params.silentMs, language),
      });
    case 'lineup_not_loaded':
      return fill(texts.note.lineup_not_loaded, note.params);
    default: {
      const unknown: never = note;
      throw new Error(`Unknown link note ${JSON.stringify(unknown)}`);
    }
  }
}

/** Why a link entry was logged, in `language`: an older log's free text as it was written. */
export function linkReasonText(reason: LinkReason, language: string): string {
  return typeof reason === 'string' ? reason : linkNoteText(reason, language);
}

/** A snapshot note in `language`. */
export function snapshotNoteText(note: SnapshotNote, language: string): string {
  const template = textsOf(language).snapshot[note.code];
  switch (note.code) {
    case 'too_old':
    case 'no_replay':
      return fill(template, { fromSeq: formatCount(note.params.fromSeq, language) });
    case 'inapplicable_event':
      return fill(template, { seq: formatCount(note.params.seq, language) });
    default:
      return template;
  }
}

/** Why a snapshot entry was logged, in `language`: an older log's free text as it was written. */
export function snapshotReasonText(reason: SnapshotReason, language: string): string {
  return typeof reason === 'string' ? reason : snapshotNoteText(reason, language);
}

/** A protocol error note in `language`; the validator's issues and the server's words as they came. */
export function protocolErrorNoteText(note: ProtocolErrorNote, language: string): string {
  const texts = textsOf(language);
  const template = texts.protocol[note.code];
  const count = (value: number): string => formatCount(value, language);
  switch (note.code) {
    case 'gap':
      return fill(template, {
        expected: count(note.params.expected),
        received: count(note.params.received),
        fromSeq: count(note.params.fromSeq),
      });
    case 'behind':
      return fill(template, {
        serverSeq: count(note.params.serverSeq),
        fromSeq: count(note.params.fromSeq),
      });
    case 'no_replay':
      return fill(template, {
        fromSeq: count(note.params.fromSeq),
        wait: formatDuration(note.params.waitedMs, language),
      });
    case 'stale_snapshot':
      return fill(template, {
        seq: count(note.params.seq),
        appliedSeq: count(note.params.appliedSeq),
      });
    case 'wrong_show':
    case 'malformed':
      return fill(template, { ...note.params, message: texts.message[note.params.message] });
    case 'malformed_event':
      return fill(template, { number: count(note.params.index + 1), issues: note.params.issues });
    case 'conflicting_duplicate':
      return fill(template, { seq: count(note.params.seq) });
    case 'unknown_sku':
    case 'inapplicable_event':
      return fill(template, { ...note.params, seq: count(note.params.seq) });
    case 'history_refused':
    case 'history_page':
      return fill(template, {
        ...note.params,
        fromSeq: count(note.params.fromSeq),
        toSeq: count(note.params.toSeq),
      });
    case 'wrong_version':
      return fill(template, {
        version: String(note.params.version),
        expected: String(note.params.expected),
      });
    case 'unknown_message':
    case 'mismatched_ack':
    case 'outbox_row':
      return fill(template, note.params);
    default: {
      const unknown: never = note;
      throw new Error(`Unknown protocol error note ${JSON.stringify(unknown)}`);
    }
  }
}

/** Why a message was rejected, in `language`: an older log's free text as it was written. */
export function protocolErrorText(message: ProtocolErrorText, language: string): string {
  return typeof message === 'string' ? message : protocolErrorNoteText(message, language);
}
