import { SKU_PATTERN } from '../model/lineup';
import { COMMENT_ID_PATTERN, Comment, CommentsMessage, LANGUAGE_TAG_PATTERN } from './audience';
import { text, wholeNumber } from './schema-bounds';

const fields = Comment.shape;
const isId = text(fields.id, COMMENT_ID_PATTERN);
const isAt = wholeNumber(fields.at);
const isViewer = text(fields.viewerId);
// The schema trims the name and the text, then bounds their length: so does readComment.
const isName = text(fields.name);
const isText = text(fields.text);
const isLang = text(fields.lang.unwrap(), LANGUAGE_TAG_PATTERN);
// A SKU that matches the pattern has no spaces, so the schema's trim leaves it as it is.
const isSku = text(fields.sku.unwrap(), SKU_PATTERN);

/**
 * The comment in `item` when it is a plain, valid one, exactly as the Comment schema would give
 * it (name and text trimmed, its fields in the schema's order, unknown fields left out); null
 * for anything else, which the schema then judges. The check the console makes of the comments
 * a show sends by the thousand, at a fraction of the schema's cost.
 */
export function readComment(item: unknown): Comment | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const { id, at, viewerId, name, text: said, lang, sku } = item as Record<string, unknown>;
  if (!isId(id) || !isAt(at) || !isViewer(viewerId)) return null;
  if (typeof name !== 'string' || typeof said !== 'string') return null;
  const trimmedName = name.trim();
  const trimmedText = said.trim();
  if (!isName(trimmedName) || !isText(trimmedText)) return null;
  if (lang !== undefined && !isLang(lang)) return null;
  if (sku !== undefined && !isSku(sku)) return null;
  const comment: Comment = { id, at, viewerId, name: trimmedName, text: trimmedText } as Comment;
  if (lang !== undefined) comment.lang = lang as string;
  if (sku !== undefined) comment.sku = sku as string;
  return comment;
}

/**
 * Parses each comment of a `comments` message on its own; the bad ones are counted. Plain
 * comments are checked by hand (`readComment`), any other by the schema.
 */
export function parseComments(raw: unknown): { comments: Comment[]; malformed: number } | null {
  const batch = CommentsMessage.safeParse(raw);
  if (!batch.success) return null;
  const comments: Comment[] = [];
  let malformed = 0;
  for (const item of batch.data.comments) {
    const plain = readComment(item);
    if (plain !== null) {
      comments.push(plain);
      continue;
    }
    const parsed = Comment.safeParse(item);
    if (parsed.success) comments.push(parsed.data);
    else malformed += 1;
  }
  return { comments, malformed };
}
