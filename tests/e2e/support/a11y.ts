import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A rule of the app's on top of axe's: a bar or meter that measures a count (units left of a
 * total) says it in words, as its label says what it measures: a screen reader would otherwise
 * read its value as a percentage of the maximum ("25%" for 1,234 of 5,000 left).
 */
async function barsWithoutValueText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="progressbar"][aria-valuenow], [role="meter"]')]
      .filter((bar) => !bar.closest('[aria-hidden="true"]') && !bar.hasAttribute('aria-valuetext'))
      .map(
        (bar) =>
          `bar-valuetext: a bar says its value in words (${bar.getAttribute('role') ?? ''} "${bar.getAttribute('aria-label') ?? ''}")`,
      ),
  );
}

/**
 * Every serious or critical axe violation of the page as it is now, with the elements, and every
 * bar without its value in words (barsWithoutValueText).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  return [...serious, ...(await barsWithoutValueText(page))];
}

/**
 * Runs axe on the page as it is now and fails on every serious or critical violation, printing
 * each with the elements it was found on.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
      return `${violation.impact}: ${violation.id}: ${violation.help}\n${targets}`;
    })
    .join('\n');
  if (serious.length > 0) console.log(`Accessibility violations on ${page.url()}:\n${report}`);
  expect(serious, report).toEqual([]);
  expect(await barsWithoutValueText(page)).toEqual([]);
}
