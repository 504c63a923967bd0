import { api, expect, test } from './support/live-console';

/**
 * A link the core stopped until a person acts (here the server refused the token; `ahead`, a
 * refused version or show go the same way) says what happened and what to do on the live
 * console's status strip too, not only in the run panel of the lineup.
 */
test('the console strip says why the link stopped and what to do', async ({ page, saleServer }) => {
  const show = await api(page, 'show.create', { name: 'Stopped link' });
  await api(page, 'link.connect', {
    showId: show.id,
    serverUrl: saleServer.url,
    token: 'not-the-show-token',
    serverShowId: saleServer.showId,
  });
  await page.getByRole('link', { name: 'Live console' }).click();
  const alert = page.getByTestId('strip-alert');
  await expect(alert).toHaveAttribute('data-stopped', 'true');
  await expect(alert).toHaveText(
    'The server refused the show token. The link is stopped: enter the show’s current token and reconnect.',
  );
  await expect(page.getByTestId('status-strip')).toHaveAttribute('data-alert', 'true');
});
