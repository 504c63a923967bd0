/** Debian's Chromium (or SHOWDESK_CHROMIUM) as the benchmarks launch it. */
export const CHROMIUM = process.env['SHOWDESK_CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
