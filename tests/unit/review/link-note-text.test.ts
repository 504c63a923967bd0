import { describe, expect, it } from 'vitest';
import {
  linkNoteText,
  linkReasonText,
  protocolErrorNoteText,
  protocolErrorText,
  snapshotNoteText,
  snapshotReasonText,
} from '../../../src/shared/format/link-note-text';
import {
  CheckedMessage,
  LinkNote,
  ProtocolErrorNote,
  SnapshotNote,
} from '../../../src/shared/model/link-note';
import type { LinkErrorReason } from '../../../src/shared/model/live';

/** The codes a note schema (a union of objects by `code`) allows. */
function codesOf(schema: { options: readonly { shape: { code: { value: string } } }[] }) {
  return new Set(schema.options.map((option) => option.shape.code.value));
}

const ERRORS: LinkErrorReason[] = [
  { code: 'refused', params: { refusal: 'bad_token', message: 'no' } },
  { code: 'refused', params: { refusal: 'unknown_show', message: 'no' } },
  { code: 'refused', params: { refusal: 'bad_version', message: 'no' } },
  { code: 'refused', params: { refusal: 'invalid_handshake', message: 'no' } },
  { code: 'unreachable', params: { message: 'websocket error' } },
  { code: 'unreachable', params: { message: 'xhr poll error' } },
  { code: 'unreachable', params: { message: 'timeout' } },
  { code: 'disconnected', params: { reason: 'transport close' } },
  { code: 'disconnected', params: { reason: 'transport error' } },
  { code: 'disconnected', params: { reason: 'ping timeout' } },
  { code: 'disconnected', params: { reason: 'io server disconnect' } },
  { code: 'disconnected', params: { reason: 'io client disconnect' } },
  { code: 'disconnected', params: { reason: 'parse error' } },
  { code: 'no_welcome', params: {} },
  { code: 'invalid_welcome', params: {} },
  { code: 'internal', params: { message: 'P1' } },
  { code: 'server_behind', params: { serverSeq: 12, consoleSeq: 4_500 } },
  { code: 'no_snapshot', params: { waitedMs: 5_000 } },
  { code: 'no_answer', params: { silentMs: 10_250 } },
];

const NOTES: LinkNote[] = [
  { code: 'welcome', params: { seq: 1_234 } },
  { code: 'console_stopped', params: {} },
  ...ERRORS.flatMap((error): LinkNote[] => [
    { code: 'dropped', params: { error, retryInMs: 250 } },
    { code: 'dropped', params: { error, retryInMs: null } },
    { code: 'dropped', params: { error, retryInMs: 0 } },
    { code: 'stopped', params: { error } },
  ]),
  { code: 'silent', params: { silentMs: 2_300 } },
  { code: 'heard_again', params: { silentMs: 42_000 } },
  { code: 'lineup_not_loaded', params: { issues: 'P2' } },
];

const SNAPSHOT_NOTES: SnapshotNote[] = [
  { code: 'welcome', params: {} },
  { code: 'unrequested', params: {} },
  { code: 'too_old', params: { fromSeq: 1_234 } },
  { code: 'no_replay', params: { fromSeq: 7 } },
  { code: 'inapplicable_event', params: { seq: 42 } },
];

const PROTOCOL_NOTES: ProtocolErrorNote[] = [
  { code: 'gap', params: { expected: 5, received: 7, fromSeq: 4 } },
  { code: 'behind', params: { serverSeq: 7, fromSeq: 4 } },
  { code: 'no_replay', params: { fromSeq: 1_234, waitedMs: 5_000 } },
  { code: 'stale_snapshot', params: { seq: 3, appliedSeq: 9 } },
  { code: 'wrong_show', params: { message: 'welcome', showId: 'P1' } },
  { code: 'wrong_show', params: { message: 'snapshot', showId: 'P1' } },
  { code: 'wrong_version', params: { version: 3, expected: 4 } },
  { code: 'unknown_message', params: { name: 'P2' } },
  ...CheckedMessage.options.map((message): ProtocolErrorNote => ({
    code: 'malformed',
    params: { message, issues: 'P3' },
  })),
  { code: 'malformed_event', params: { index: 0, issues: 'P3' } },
  { code: 'conflicting_duplicate', params: { seq: 8 } },
  { code: 'unknown_sku', params: { seq: 8, sku: 'P4' } },
  { code: 'inapplicable_event', params: { seq: 8, detail: 'P5' } },
  { code: 'mismatched_ack', params: { commandId: 'P6', answered: 'P7' } },
  { code: 'outbox_row', params: { commandId: 'P6' } },
  { code: 'history_refused', params: { fromSeq: 1, toSeq: 40, code: 'P8', message: 'P9' } },
  { code: 'history_page', params: { fromSeq: 1, toSeq: 40 } },
];

const CJK = /[\u4e00-\u9fff]/;
/** English words: what a Chinese text may hold are its parameters (P1) and proper names. */
const ENGLISH_WORD = /\b(?!WebSocket\b|HTTP\b|ID\b|P\d\b)[A-Za-z]{2,}\b/;

/** A note said in English and in Chinese: every parameter filled in, each in its own words. */
function expectSaidInBoth(note: object, say: (language: string) => string): void {
  const english = say('en');
  const chinese = say('zh-CN');
  const label = JSON.stringify(note);
  for (const said of [english, chinese]) expect(said, label).not.toMatch(/\{\{|\}\}/);
  expect(english, label).not.toMatch(CJK);
  expect(chinese, label).toMatch(CJK);
  expect(chinese, label).not.toMatch(ENGLISH_WORD);
}

describe('the run log’s link notes', () => {
  it('have samples for every code', () => {
    expect(new Set(NOTES.map((note) => note.code))).toEqual(codesOf(LinkNote));
    for (const note of NOTES) expect(LinkNote.parse(note)).toEqual(note);
  });

  it('are said in English and in Chinese, every parameter filled in', () => {
    for (const note of NOTES) expectSaidInBoth(note, (language) => linkNoteText(note, language));
  });

  it('give numbers and durations in the reader’s format', () => {
    expect(linkNoteText({ code: 'welcome', params: { seq: 1_234 } }, 'en')).toBe(
      'server at event 1,234',
    );
    expect(linkNoteText({ code: 'silent', params: { silentMs: 2_300 } }, 'zh-CN')).toBe(
      '服务器 2.3 秒无消息',
    );
  });

  it('say a socket.io reason in the reader’s words, once', () => {
    const error: LinkErrorReason = { code: 'disconnected', params: { reason: 'transport close' } };
    expect(linkNoteText({ code: 'dropped', params: { error, retryInMs: 0 } }, 'zh-CN')).toBe(
      '连接被关闭；立即重试',
    );
    expect(linkNoteText({ code: 'dropped', params: { error, retryInMs: 100 } }, 'en')).toBe(
      'the connection closed; retrying in 0.1 s',
    );
  });

  it('say a retry of a few milliseconds as now, not in 0.0 s', () => {
    const error: LinkErrorReason = { code: 'disconnected', params: { reason: 'transport close' } };
    const note: LinkNote = { code: 'dropped', params: { error, retryInMs: 3 } };
    expect(linkNoteText(note, 'zh-CN')).toBe('连接被关闭；立即重试');
    expect(linkNoteText(note, 'en')).toBe('the connection closed; retrying now');
  });

  it('say a snapshot that did not come as its own reason, not a dropped connection', () => {
    const error: LinkErrorReason = { code: 'no_snapshot', params: { waitedMs: 5_000 } };
    expect(linkNoteText({ code: 'dropped', params: { error, retryInMs: 250 } }, 'zh-CN')).toBe(
      '5.0 秒内未收到快照；0.2 秒后重试',
    );
  });

  it('keep an older log’s free text as it was written', () => {
    expect(linkReasonText('transport close; retrying in 100 ms', 'zh-CN')).toBe(
      'transport close; retrying in 100 ms',
    );
  });
});

describe('the run log’s snapshot notes', () => {
  it('have samples for every code', () => {
    expect(new Set(SNAPSHOT_NOTES.map((note) => note.code))).toEqual(codesOf(SnapshotNote));
    for (const note of SNAPSHOT_NOTES) expect(SnapshotNote.parse(note)).toEqual(note);
  });

  it('are said in English and in Chinese, every parameter filled in', () => {
    for (const note of SNAPSHOT_NOTES)
      expectSaidInBoth(note, (language) => snapshotNoteText(note, language));
    expect(snapshotNoteText({ code: 'too_old', params: { fromSeq: 1_234 } }, 'en')).toBe(
      'the server no longer kept the events after event 1,234',
    );
  });

  it('keep an older log’s free text as it was written', () => {
    expect(snapshotReasonText('snapshotRequired (too_old)', 'zh-CN')).toBe(
      'snapshotRequired (too_old)',
    );
  });
});

describe('the run log’s protocol error notes', () => {
  it('have samples for every code and every checked message', () => {
    expect(new Set(PROTOCOL_NOTES.map((note) => note.code))).toEqual(codesOf(ProtocolErrorNote));
    for (const note of PROTOCOL_NOTES) expect(ProtocolErrorNote.parse(note)).toEqual(note);
  });

  it('are said in English and in Chinese, every parameter filled in', () => {
    for (const note of PROTOCOL_NOTES)
      expectSaidInBoth(note, (language) => protocolErrorNoteText(note, language));
    const gap: ProtocolErrorNote = {
      code: 'gap',
      params: { expected: 5, received: 7, fromSeq: 4 },
    };
    expect(protocolErrorNoteText(gap, 'zh-CN')).toBe(
      '应收到事件 5，却收到事件 7；从事件 4 之后重新接收',
    );
    const noReplay: ProtocolErrorNote = {
      code: 'no_replay',
      params: { fromSeq: 1_234, waitedMs: 5_000 },
    };
    expect(protocolErrorNoteText(noReplay, 'en')).toBe(
      'no replay after event 1,234 within 5.0 s; asking for a snapshot',
    );
  });

  it('keep the validator’s issues as data inside the reader’s sentence', () => {
    const note: ProtocolErrorNote = {
      code: 'malformed',
      params: { message: 'snapshot', issues: 'seq: Required' },
    };
    expect(protocolErrorNoteText(note, 'zh-CN')).toBe('无效的快照：seq: Required');
  });

  it('keep an older log’s free text as it was written', () => {
    expect(protocolErrorText('expected seq 5, received 7; resuming from 4', 'zh-CN')).toBe(
      'expected seq 5, received 7; resuming from 4',
    );
  });
});
