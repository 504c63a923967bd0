import { goLiveThrough } from '../support/go-live';
import { api, expect, test } from './support/live-console';

/**
 * A link the core stopped until a person acts (here the server refused the token; `ahead`, a
 * refused version or show go the same way) says what happened and what to do on the live
 * console's status strip too, not only in the run panel of the lineup.
 */
test('the console strip says why the link stopped and what to do', async ({ page, saleServer }) => {
  const show = await api(page, 'show.create', { name: 'Stopped link' });
  const target = {
    showId: show.id,
    serverUrl: saleServer.url,
    token: saleServer.token,
    serverShowId: saleServer.showId,
  };
  await goLiveThrough((method, input) => api(page, method, input), target);
  await expect
    .poll(async () => (await api(page, 'live.state', {}))?.link.state, { timeout: 60_000 })
    .toBe('connected');
  // The token changed on the server's side: the producer reconnects with an old one.
  await api(page, 'link.connect', { ...target, token: 'not-the-show-token' });
  await page.getByRole('link', { name: 'Live console' }).click();
  const alert = page.getByTestId('strip-alert');
  await expect(alert).toHaveAttribute('data-stopped', 'true');
  await expect(alert).toHaveText(
    'The server refused the show token. The link is stopped: enter the show’s current token and reconnect.',
  );
  await expect(page.getByTestId('status-strip')).toHaveAttribute('data-alert', 'true');
});
