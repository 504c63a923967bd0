import { coreText, englishText, isCoreTextCode, type CoreText } from './core-text';

/** Error kinds the console API reports; the renderer shows each with its own text. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'import_failed'
  | 'unknown_method'
  | 'forbidden'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** In English, for logs and API clients. */
  message: string;
  /** The message as a code with parameters, for the UI to say in its language. */
  text?: CoreText;
  /** Where the input was wrong: one entry per field or CSV cell. */
  issues?: ApiIssue[];
}

export interface ApiIssue {
  /** Path to the bad value, for example ["products", 2, "priceMinor"]; for CSV, row and column. */
  path: (string | number)[];
  /** In English; for CSV cells it starts with the place ("Row 4, column price: "). */
  message: string;
  /** What is wrong, as a code with parameters (without the place). */
  text?: CoreText;
  row?: number;
  column?: string;
}

/** An issue at `path` with its text, and the same in English as its message. */
export function issueAt(path: (string | number)[], text: CoreText): ApiIssue {
  return { path, message: englishText(text), text };
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly text: CoreText | undefined;
  readonly issues: ApiIssue[];

  /** `message` is a text with a code wherever a person may read it; English only for faults. */
  constructor(code: ApiErrorCode, message: string | CoreText, issues: ApiIssue[] = []) {
    super(typeof message === 'string' ? message : englishText(message));
    this.name = 'ApiError';
    this.code = code;
    this.text = typeof message === 'string' ? undefined : message;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.text !== undefined) body.text = this.text;
    if (this.issues.length > 0) body.issues = this.issues;
    return body;
  }

  static fromBody(body: ApiErrorBody): ApiError {
    const text = body.text !== undefined && isCoreTextCode(body.text.code) ? body.text : undefined;
    return new ApiError(body.code, text ?? body.message, body.issues ?? []);
  }
}

export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** A fault of the console itself (a thrown Error): internal, said with its English detail. */
export function internalError(error: unknown): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', coreText('internal_error', { detail }));
}
