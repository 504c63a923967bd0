import { z } from 'zod';

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
  message: string;
  /** Where the input was wrong: one entry per field or CSV cell. */
  issues?: ApiIssue[];
}

export interface ApiIssue {
  /** Path to the bad value, for example ["products", 2, "priceMinor"]; for CSV, row and column. */
  path: (string | number)[];
  message: string;
  row?: number;
  column?: string;
  /** Why, for the renderer to word in the UI's language (`message` is English). */
  reason?: IssueReason;
}

/** A refusal the renderer words itself, with what it names. */
export const IssueReason = z.object({
  code: z.literal('unknown_placeholder'),
  /** The name in braces that is not a live value ("stock" for "{stock}"). */
  placeholder: z.string(),
});
export type IssueReason = z.infer<typeof IssueReason>;

/** The reason a schema's own check put in its issue's `params.reason`, if any. */
export function issueReason(issue: z.core.$ZodIssue): IssueReason | undefined {
  if (issue.code !== 'custom') return undefined;
  const parsed = IssueReason.safeParse(issue.params?.reason);
  return parsed.success ? parsed.data : undefined;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? []);
  }
}

export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
