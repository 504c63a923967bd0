import type { Locator } from '@playwright/test';
import { commentBurst, expect, openPinnedConsole, test } from './support/live-console';

/**
 * The comments list on air: after a burst the newest comment is in view (the list follows its
 * end); while the producer reads it (the pointer over it, or scrolled back) its rows hold still
 * and a button says how many new comments wait, which (or End in the list) shows the newest.
 */

/** The ids of the comments the list has drawn, in order. */
const drawn = (list: Locator) =>
  list.locator('[role="option"]').evaluateAll((options) => options.map((option) => option.id));

/** Whether the list is scrolled to its end with more rows than fit (the newest in view). */
const atEndOverflowing = (list: Locator) =>
  list.evaluate(
    (element) =>
      element.scrollHeight > element.clientHeight + 56 &&
      element.scrollHeight - element.scrollTop - element.clientHeight <= 14,
  );

test('the comments list shows the newest and holds still while the producer reads it', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(180_000);
  await openPinnedConsole(page, saleServer, { width: 1280, height: 720 });
  const burst = (seed: number) => commentBurst(saleServer, seed);
  const panel = page.getByTestId('comments-panel');
  const list = panel.getByTestId('comment-feed');
  const jump = panel.getByTestId('comments-jump');
  await page.locator('body').press('c');
  await expect(list).toBeFocused();

  // A burst: more rows than fit, and the list at its end with the newest in view.
  await burst(21);
  await expect.poll(() => atEndOverflowing(list), { timeout: 30_000 }).toBe(true);
  await expect(jump).toHaveCount(0);

  // The pointer over the list: its rows hold still while comments arrive, counted.
  const box = await list.boundingBox();
  if (box === null) throw new Error('the list has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hovered = await drawn(list);
  await burst(22);
  await expect(jump).toHaveAccessibleName(/[1-9]\d* new comments?: show the newest/, {
    timeout: 30_000,
  });
  expect(await drawn(list)).toEqual(hovered);

  // The button shows them: the list at its end again, with rows it had not drawn.
  await jump.click();
  await expect(jump).toHaveCount(0);
  await expect.poll(() => atEndOverflowing(list), { timeout: 30_000 }).toBe(true);
  expect((await drawn(list)).at(-1)).not.toBe(hovered.at(-1));

  // Scrolled back to the oldest (the pointer off the list): the rows hold there.
  await list.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect
    .poll(() =>
      list.evaluate((element) => {
        const first = element.querySelector('[role="option"]');
        return (
          first !== null &&
          first.getBoundingClientRect().top >= element.getBoundingClientRect().top - 1
        );
      }),
    )
    .toBe(true);
  const back = await drawn(list);
  await burst(23);
  await expect(jump).toBeVisible({ timeout: 30_000 });
  expect(await drawn(list)).toEqual(back);

  // End in the list goes back to the newest.
  await list.press('End');
  await expect(jump).toHaveCount(0);
  await expect.poll(() => atEndOverflowing(list), { timeout: 30_000 }).toBe(true);
});
