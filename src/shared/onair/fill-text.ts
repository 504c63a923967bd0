import type { TextPart } from '../model/onair';
import { isLiveValueName, PLACEHOLDER, type LiveValueName } from '../model/placeholders';

/** What stands for a name in braces that is not a live value (written before the lineup refused them). */
const UNKNOWN_VALUE = '—';

/**
 * Splits a talking point into text as written and live values filled in. `{left}` becomes the
 * value given for it; a name in braces that is not a live value becomes a dash, so the host never
 * reads a raw `{stock}`.
 */
export function fillParts(template: string, values: Record<LiveValueName, string>): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1];
    plain += template.slice(last, match.index);
    last = match.index + match[0].length;
    if (!isLiveValueName(name)) {
      plain += UNKNOWN_VALUE;
      continue;
    }
    if (plain !== '') parts.push({ text: plain, value: null });
    plain = '';
    parts.push({ text: values[name], value: name });
  }
  plain += template.slice(last);
  if (plain !== '') parts.push({ text: plain, value: null });
  return parts;
}

export function joinParts(parts: readonly TextPart[]): string {
  return parts.map((part) => part.text).join('');
}
