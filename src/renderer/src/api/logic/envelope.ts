import { ApiError, type ApiErrorBody } from '../../../../shared/api/errors';

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Returns the value of an ApiEnvelope or throws the ApiError it carries. */
export function unwrapEnvelope<T>(envelope: unknown): T {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new ApiError('internal', 'The core answered with something that is not an envelope');
  }
  if (envelope.ok === true && 'value' in envelope) return envelope.value as T;
  if (envelope.ok === false && 'error' in envelope && isErrorBody(envelope.error)) {
    throw ApiError.fromBody(envelope.error);
  }
  throw new ApiError('internal', 'The core answered with a malformed envelope');
}
