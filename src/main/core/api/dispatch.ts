import { ZodError } from 'zod';
import { apiInputs, isApiMethod } from '../../../shared/api/api-inputs';
import type { ApiHandlers, ApiMethod } from '../../../shared/api/contract';
import {
  ApiError,
  internalError,
  type ApiEnvelope,
  type ApiIssue,
} from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import { zodIssueMessage, zodIssueText } from '../../../shared/api/zod-issue-text';

/** Turns zod's issues into the API's field-by-field form. */
export function issuesFromZod(error: ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: zodIssueMessage(issue),
    text: zodIssueText(issue),
  }));
}

/**
 * The one entry point of the console API: validates the method name and its input against the
 * contract, runs the handler and wraps the outcome in an envelope. Nothing reaches a handler
 * unvalidated, and no exception escapes to the transport.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  rawInput: unknown,
  page: number | null = null,
): Promise<ApiEnvelope<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: new ApiError(
        'unknown_method',
        coreText('unknown_method', { method: String(method) }),
      ).toBody(),
    };
  }
  const parsed = apiInputs[method].safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: new ApiError(
        'invalid_input',
        coreText('input_invalid'),
        issuesFromZod(parsed.error),
      ).toBody(),
    };
  }
  try {
    const value = await runHandler(handlers, method, parsed.data, page);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    if (error instanceof ZodError) {
      return {
        ok: false,
        error: new ApiError(
          'invalid_input',
          coreText('input_invalid'),
          issuesFromZod(error),
        ).toBody(),
      };
    }
    return { ok: false, error: internalError(error).toBody() };
  }
}

function runHandler<M extends ApiMethod>(
  handlers: ApiHandlers,
  method: M,
  input: unknown,
  page: number | null,
): unknown {
  const handler = handlers[method] as (value: unknown, caller: number | null) => unknown;
  return handler(input, page);
}
