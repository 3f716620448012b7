// Who is across the counter, and ready for the call's tools. A stream sent to a page whose
// handlers are not registered yet is dropped by livekit-client, so each side, once its handlers
// are in, says hello (topic `vp.hello`) to the other, and answers a hello it did not expect with
// one of its own; a hello not answered is said again (useCallPeers.ts), as one sent while the
// other side joins can be lost. Documents and the citizen's language wait for the other side's
// hello, never for "participant joined" alone.
import { type Language, parseLanguage } from '../../i18n/translate';
import { type CallSide, otherSide, sideOfIdentity } from './chat-message';

export const helloTopic = 'vp.hello';
export const chatTopic = 'vp.chat';
export const documentTopic = 'vp.document';

/** The other side's page, as its hello described it. */
export interface CallPeer {
  identity: string;
  side: CallSide;
  language: Language;
  /** New for each page load: a reloaded page is a new peer (and gets the documents again). */
  session: string;
}

export interface Hello {
  language: Language;
  session: string;
  /** An answer to the other side's hello (not answered again). */
  reply: boolean;
}

/** Encodes a hello for `sendText`. */
export function encodeHello(hello: Hello): string {
  return JSON.stringify(hello);
}

/** Reads a hello; null for anything malformed. */
export function parseHello(text: string): Hello | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    if (typeof record.session !== 'string' || record.session.length === 0 || record.session.length > 64)
      return null;
    return {
      language: parseLanguage(typeof record.language === 'string' ? record.language : null),
      session: record.session,
      reply: record.reply === true,
    };
  } catch {
    return null;
  }
}

/** The identities across the counter among `identities` (a monitor, on neither side, never is). */
export function counterpartIdentities(localIdentity: string, identities: Iterable<string>): string[] {
  const mine = sideOfIdentity(localIdentity);
  if (mine === null) return [];
  const theirs = otherSide(mine);
  return [...identities].filter((identity) => sideOfIdentity(identity) === theirs);
}
