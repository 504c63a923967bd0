/** Where a show goes live: its local id and the live sale server's address, token and show. */
export interface GoLiveTarget {
  showId: number;
  serverUrl: string;
  token: string;
  serverShowId: string;
}
