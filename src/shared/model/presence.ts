/** How many consoles (pages other than host views) are attached to the core. */
export interface ConsolesOpen {
  count: number;
}
