import { commentBurst, expect, openPinnedConsole, test } from './support/live-console';

/**
 * The comments list keeps a drawn comment's row as the feed moves: a row is made when its comment
 * comes into view and dropped when it leaves, never rewritten with another comment's text. With
 * rows kept by place, every feed rewrote every row in view (its name, text and badges: new text
 * and layout for each, the page's memory a sawtooth of their garbage in a long show).
 */
test('the comments list never rewrites a drawn row with another comment', async ({
  page,
  saleServer,
}) => {
  test.setTimeout(180_000);
  await openPinnedConsole(page, saleServer, { width: 1920, height: 1080 });
  const burst = (seed: number) => commentBurst(saleServer, seed);
  const list = page.getByTestId('comments-panel').getByTestId('comment-feed');
  // More comments than the list keeps, loaded whole when the console opens: a full list that
  // moves with every feed from then on.
  await burst(31);
  await page.reload();
  await expect(list.locator('[role="option"]').first()).toBeVisible({ timeout: 30_000 });
  await list.evaluate((element) => {
    const seen = { rewritten: 0 };
    (window as unknown as { rowsRewritten: typeof seen }).rowsRewritten = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const inRow =
          record.type === 'characterData' ||
          (record.target instanceof Element && record.target.closest('[role="option"]') !== null);
        if (inRow) seen.rewritten += 1;
      }
    }).observe(element, { subtree: true, childList: true, characterData: true });
  });
  const newest = () =>
    list.locator('[role="option"]').evaluateAll((options) => options.at(-1)?.id ?? null);
  const before = await newest();

  await burst(32);
  // The list has moved on by feeds of new comments.
  await expect.poll(newest, { timeout: 30_000 }).not.toBe(before);
  const moved = await newest();
  await expect.poll(newest, { timeout: 30_000 }).not.toBe(moved);

  const rewritten = await page.evaluate(
    () => (window as unknown as { rowsRewritten: { rewritten: number } }).rowsRewritten.rewritten,
  );
  expect(rewritten).toBe(0);
});
