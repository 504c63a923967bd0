import { ApiError, internalError, type ApiEnvelope } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { ServerFrame } from '../../../shared/api/server-frame';
import { ClientFrame, MALFORMED_FRAME_ID } from '../../../shared/api/web-wire';
import type { Core } from '../core';
import { issuesFromZod } from './dispatch';

function failure(id: number, error: ApiError): ServerFrame {
  const envelope: ApiEnvelope<never> = { ok: false, error: error.toBody() };
  return { type: 'result', id, envelope };
}

/** The id a broken frame carried, so the caller's pending call can still be answered. */
function recoverId(value: unknown): number {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const { id } = value;
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0) return id;
  }
  return MALFORMED_FRAME_ID;
}

/** The result frame for a frame that could not be read at all (not JSON, binary). */
export function unreadableFrame(message: string): ServerFrame {
  return failure(MALFORMED_FRAME_ID, new ApiError('invalid_input', message));
}

/**
 * Answers one invoke frame of the console API's wire, whatever carried it: validates the frame,
 * runs the method through the core's dispatcher and returns the result frame with the same id.
 */
export async function answerInvoke(
  core: Core,
  value: unknown,
  page?: number,
): Promise<ServerFrame> {
  const frame = ClientFrame.safeParse(value);
  if (!frame.success) {
    const error = new ApiError(
      'invalid_input',
      coreText('frame_invalid'),
      issuesFromZod(frame.error),
    );
    return failure(recoverId(value), error);
  }
  const { id, method, input } = frame.data;
  try {
    return { type: 'result', id, envelope: await core.dispatch(method, input, page) };
  } catch (error) {
    return failure(id, internalError(error));
  }
}
