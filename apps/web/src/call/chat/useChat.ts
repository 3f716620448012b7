import type { Room } from 'livekit-client';
import { useCallback, useEffect, useState } from 'react';
import { chatTopic } from './call-peer';
import {
  addChatMessage,
  type ChatMessage,
  checkChatText,
  maxChatLength,
  sideOfIdentity,
} from './chat-message';

export type ChatSendResult = 'sent' | 'empty' | 'tooLong' | 'noPeer' | 'failed';

export interface ChatState {
  messages: ChatMessage[];
  /**
   * Sends typed or prepared text to the other side's pages that said hello (`to`: their
   * identities; a page whose handlers are not in yet would drop it); resolves with what happened.
   */
  send(text: string, to: string[]): Promise<ChatSendResult>;
}

/** The call's chat over LiveKit text streams (topic `vp.chat`), held only in this state. */
export function useChat(room: Room): ChatState {
  const [messages, setMessages] = useState<ChatMessage[]>([]);

  useEffect(() => {
    let live = true;
    room.registerTextStreamHandler(chatTopic, (reader, { identity }) => {
      const from = sideOfIdentity(identity);
      if (from === null) return;
      reader
        .readAll()
        .then((raw) => {
          // The sender's page checked it; this page checks again (a tampered page may send anything).
          const checked = checkChatText(raw.slice(0, maxChatLength * 4));
          if (!live || !checked.ok) return;
          const message: ChatMessage = {
            id: reader.info.id,
            direction: 'remote',
            from,
            text: checked.text,
            at: Date.now(),
          };
          setMessages((current) => addChatMessage(current, message));
        })
        .catch(() => {});
    });
    return () => {
      live = false;
      room.unregisterTextStreamHandler(chatTopic);
    };
  }, [room]);

  const send = useCallback(
    async (raw: string, to: string[]): Promise<ChatSendResult> => {
      const checked = checkChatText(raw);
      if (!checked.ok) return checked.reason;
      const from = sideOfIdentity(room.localParticipant.identity);
      if (from === null || to.length === 0) return 'noPeer';
      try {
        const info = await room.localParticipant.sendText(checked.text, {
          topic: chatTopic,
          destinationIdentities: to,
        });
        const message: ChatMessage = {
          id: info.id,
          direction: 'self',
          from,
          text: checked.text,
          at: Date.now(),
        };
        setMessages((current) => addChatMessage(current, message));
        return 'sent';
      } catch {
        return 'failed';
      }
    },
    [room],
  );

  return { messages, send };
}
