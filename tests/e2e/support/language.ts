import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The interface's languages, as the page's `html[lang]` names them. */
export type Language = 'en' | 'zh-CN';

/** Both languages, in the order the layout checks go through them. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/** What the header's language switch calls each language, in any language. */
const SWITCH_LABEL: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * Switches the interface's language in the header's "Interface language" radiogroup (named so in
 * either language), keeping what the screen's fields hold, and waits until the page says it.
 */
export async function setLanguage(page: Page, language: Language): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /Interface language|界面语言/ })
    .first()
    .getByText(SWITCH_LABEL[language], { exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
