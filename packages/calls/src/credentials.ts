// LiveKit API credentials: server-side only, never sent to a browser.

export interface LivekitCredentials {
  apiKey: string;
  apiSecret: string;
}
