// Every Redis key and channel of sign-in, built in one place: `<prefix>:<entity>:<id>[:<field>]`.
// Session ids and stream tickets are secrets: keys hold their SHA-256, never the id itself.

export interface AuthKeys {
  /** A session's hash: account id, role, created and last-seen times. */
  session(sessionKey: string): string;
  /** The sessions of one account (their hashed ids), so that an admin can end them all. */
  accountSessions(accountId: string): string;
  /** A single-use event-stream ticket: the hashed id of the session it was issued to. */
  streamTicket(ticketKey: string): string;
  /** Where every process hears that a session ended, to close its event streams. */
  readonly sessionEndedChannel: string;
}

export function createAuthKeys(prefix: string): AuthKeys {
  return {
    session: (sessionKey) => `${prefix}:session:${sessionKey}`,
    accountSessions: (accountId) => `${prefix}:account:${accountId}:sessions`,
    streamTicket: (ticketKey) => `${prefix}:stream-ticket:${ticketKey}`,
    sessionEndedChannel: `${prefix}:session-ended`,
  };
}
