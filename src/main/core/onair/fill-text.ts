import { LIVE_VALUE_NAMES, type LiveValueName, type TextPart } from '../../../shared/model/onair';

const PLACEHOLDER = /\{(\w+)\}/g;

function isLiveValueName(name: string): name is LiveValueName {
  return (LIVE_VALUE_NAMES as readonly string[]).includes(name);
}

/**
 * Splits a talking point into text as written and live values filled in. `{left}` becomes the
 * value given for it; a name in braces that is not a live value stays as written.
 */
export function fillParts(template: string, values: Record<LiveValueName, string>): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1];
    const end = match.index + match[0].length;
    plain += template.slice(last, match.index);
    last = end;
    if (!isLiveValueName(name)) {
      plain += match[0];
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
