import type { TFunction } from 'i18next';
import type { CoreText } from '../../../../shared/api/core-text';

/** A text of the core in the UI's language, its parameters that are texts said the same way. */
export function sayCoreText(t: TFunction, text: CoreText): string {
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? sayCoreText(t, value) : value,
    ]),
  );
  return t(`coreText.${text.code}`, params);
}

/** What the core said, in the UI's language when it gave a code (else its English message). */
export function sayMessage(t: TFunction, said: { message: string; text?: CoreText }): string {
  return said.text === undefined ? said.message : sayCoreText(t, said.text);
}
