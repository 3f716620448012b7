import type { Room } from 'livekit-client';
import { useEffect, useState } from 'react';
import type { Language } from '../../i18n/translate';
import { type CallPeer, counterpartIdentities, encodeHello, helloTopic, parseHello } from './call-peer';
import { sideOfIdentity } from './chat-message';

/** How often a hello is said again to a counterpart that has not answered. */
const helloRetryMs = 1500;

/** The room's identities across the counter, present now. */
export function counterpartsIn(room: Room): string[] {
  return counterpartIdentities(room.localParticipant.identity, room.remoteParticipants.keys());
}

/**
 * The other side's pages that said hello (see call-peer.ts). Register this before sending
 * anything else: its hello tells the other side that this page's handlers are in, so the
 * component using it must register its own handlers in effects that run before this one's
 * (children's effects run first; siblings' in order).
 */
export function useCallPeers(room: Room, language: Language): CallPeer[] {
  const [peers, setPeers] = useState<CallPeer[]>([]);
  // One per page load: a change of language says hello again, but is not a new page.
  const [session] = useState(() => crypto.randomUUID());

  useEffect(() => {
    let live = true;
    /** Identities whose hello this page heard (and that have not left since). */
    const heard = new Set<string>();
    const say = (identities: string[], reply: boolean) => {
      if (identities.length === 0) return;
      room.localParticipant
        .sendText(encodeHello({ language, session, reply }), {
          topic: helloTopic,
          destinationIdentities: identities,
        })
        // A hello lost to a dropping link is said again by the other side's next hello.
        .catch(() => {});
    };
    room.registerTextStreamHandler(helloTopic, (reader, { identity }) => {
      const side = sideOfIdentity(identity);
      if (side === null || counterpartIdentities(room.localParticipant.identity, [identity]).length === 0)
        return;
      reader
        .readAll()
        .then((text) => {
          const hello = parseHello(text);
          if (!live || hello === null) return;
          heard.add(identity);
          setPeers((current) => [
            ...current.filter((peer) => peer.identity !== identity),
            { identity, side, language: hello.language, session: hello.session },
          ]);
          if (!hello.reply) say([identity], true);
        })
        .catch(() => {});
    });
    const onLeft = (participant: { identity: string }) => {
      heard.delete(participant.identity);
      setPeers((current) => current.filter((peer) => peer.identity !== participant.identity));
    };
    room.on('participantDisconnected', onLeft);
    // Said until answered: a hello sent as the other side joins can be lost (its handlers are not
    // in yet, or its data channel is still opening), so every counterpart that has not said hello
    // back hears it again, every `helloRetryMs`.
    const retry = setInterval(() => {
      say(
        counterpartsIn(room).filter((identity) => !heard.has(identity)),
        false,
      );
    }, helloRetryMs);
    say(counterpartsIn(room), false);
    return () => {
      live = false;
      clearInterval(retry);
      room.off('participantDisconnected', onLeft);
      room.unregisterTextStreamHandler(helloTopic);
    };
  }, [room, language, session]);

  return peers;
}
