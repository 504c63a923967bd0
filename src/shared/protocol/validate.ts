import type { z } from 'zod';
import { zodIssueMessage } from '../api/zod-issue-text';
import { EventsBatch, MAX_EVENTS_PER_BATCH, ServerEvent } from './events';
import { readOrderEvent } from './order-event-check';
import type { Issue } from './commands';

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.slice(0, 20).map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: zodIssueMessage(issue).slice(0, 500),
  }));
}

/** Validates an inbound message without throwing. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error) };
}

/** One-line summary of validation issues, for logs and reject messages. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** The command id of a message that failed validation, when it has a readable one. */
export function readCommandId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value: unknown = (raw as Record<string, unknown>).commandId;
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : null;
}

export interface MalformedEvent {
  /** Position in the batch, or null when the batch itself is malformed. */
  index: number | null;
  issues: Issue[];
}

export interface ParsedBatch {
  events: ServerEvent[];
  malformed: MalformedEvent[];
}

/** The events of a well-formed `events` message, or null (then EventsBatch names the fault). */
function eventItems(raw: unknown): readonly unknown[] | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const items = (raw as { events?: unknown }).events;
  return Array.isArray(items) && items.length >= 1 && items.length <= MAX_EVENTS_PER_BATCH
    ? items
    : null;
}

/**
 * Validates an `events` message event by event: a malformed or unknown-type event is reported
 * and left out, the valid ones are kept (the gap it leaves is then caught by the seq check).
 * Plain order events are checked by hand (`readOrderEvent`), every other one by its schema.
 */
export function parseEventsBatch(raw: unknown): ParsedBatch {
  let items = eventItems(raw);
  if (items === null) {
    const batch = EventsBatch.safeParse(raw);
    if (!batch.success)
      return { events: [], malformed: [{ index: null, issues: issuesOf(batch.error) }] };
    items = batch.data.events;
  }
  const events: ServerEvent[] = [];
  const malformed: MalformedEvent[] = [];
  items.forEach((item, index) => {
    const order = readOrderEvent(item);
    if (order !== null) {
      events.push(order);
      return;
    }
    const event = ServerEvent.safeParse(item);
    if (event.success) events.push(event.data);
    else malformed.push({ index, issues: issuesOf(event.error) });
  });
  return { events, malformed };
}
