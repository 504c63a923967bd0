import type { AudienceComment } from '../../../../shared/model/audience';

export type FeedFilter = 'all' | 'questions' | 'pinned';

export interface FilterInput {
  filter: FeedFilter;
  pinnedSku: string | null;
  keywords: readonly string[];
  hidden: ReadonlySet<string>;
  muted: ReadonlySet<string>;
}

/** The comments the panel lists: never hidden ones or muted viewers', then the filters. */
export function filterComments(
  comments: readonly AudienceComment[],
  input: FilterInput,
): AudienceComment[] {
  const words = input.keywords.map((word) => word.toLowerCase());
  return comments.filter((comment) => {
    if (input.hidden.has(comment.id) || input.muted.has(comment.viewerId)) return false;
    if (input.filter === 'questions' && !comment.question) return false;
    if (
      input.filter === 'pinned' &&
      (input.pinnedSku === null || comment.sku !== input.pinnedSku)
    ) {
      return false;
    }
    if (words.length === 0) return true;
    const text = comment.text.toLowerCase();
    return words.some((word) => text.includes(word));
  });
}

/** Words typed as "a, b，c" (ASCII or Chinese commas) or one per line; at most `limit`. */
export function parseKeywords(text: string, limit = 50): string[] {
  return text
    .split(/[,，、\n]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .slice(0, limit);
}
