// The call's tools beside the video: chat and documents, as two tabs that open a panel below the
// video (closed at first, so a phone keeps the video large), with a badge for what is new.
// Lives with the chat because the chat's hello (call-peer.ts) is what both tools wait on.
import type { Service } from '@vp/contract';
import type { Room } from 'livekit-client';
import { useEffect, useId, useState } from 'react';
import { DocumentInbox } from '../documents/DocumentInbox';
import { DocumentOutbox } from '../documents/DocumentOutbox';
import { useDocumentInbox } from '../documents/useDocumentInbox';
import { useDocumentSender } from '../documents/useDocumentSender';
import '../documents/documents.css';
import { ChatPanel } from './ChatPanel';
import { countUnread, sideOfIdentity } from './chat-message';
import { useCallPeers } from './useCallPeers';
import { useCallToolsT } from './useCallToolsT';
import { useChat } from './useChat';
import './chat.css';

interface CallToolsProps {
  room: Room;
  /** The citizen's ticket: the documents prepared for it go to the officer as the call opens. */
  ticketId?: string;
  /** The officer's: the ticket's service, whose requirements are one click away. */
  service?: Service;
}

type Tab = 'chat' | 'documents';

/** Chat and documents of one call; the stream handlers live as long as this component. */
export function CallTools({ room, ticketId, service }: CallToolsProps) {
  const { tt, language } = useCallToolsT();
  const side = sideOfIdentity(room.localParticipant.identity);
  const [open, setOpen] = useState<Tab | null>(null);
  const [chatSeenAt, setChatSeenAt] = useState(0);
  const [documentsSeen, setDocumentsSeen] = useState(0);
  const panelId = useId();

  // Handlers first; the hello (useCallPeers) says they are in, so it comes after them.
  const chat = useChat(room);
  const inbox = useDocumentInbox(room);
  const peers = useCallPeers(room, language);
  const officer = peers.find((peer) => peer.side === 'officer') ?? null;
  const citizen = peers.find((peer) => peer.side === 'citizen') ?? null;
  const sender = useDocumentSender({
    room,
    officer: side === 'citizen' ? officer : null,
    ticketId: side === 'citizen' ? (ticketId ?? null) : null,
  });

  const newest = chat.messages.at(-1)?.at ?? 0;
  useEffect(() => {
    if (open === 'chat') setChatSeenAt(Math.max(newest, Date.now()));
  }, [open, newest]);
  useEffect(() => {
    if (open === 'documents') setDocumentsSeen(inbox.length);
  }, [open, inbox.length]);

  const unread = open === 'chat' ? 0 : countUnread(chat.messages, chatSeenAt);
  const newDocuments = open === 'documents' ? 0 : Math.max(0, inbox.length - documentsSeen);

  const tab = (name: Tab, label: string, badge: number) => (
    <button
      type="button"
      className="tools-tab"
      aria-expanded={open === name}
      aria-controls={panelId}
      onClick={() => setOpen((current) => (current === name ? null : name))}
      data-testid={`tools-${name}`}
    >
      {label}
      {badge > 0 && (
        <span className="tools-badge" data-testid={`tools-${name}-badge`}>
          <span aria-hidden="true">{badge}</span>
          <span className="visually-hidden">{tt('tools.unread', { count: badge })}</span>
        </span>
      )}
    </button>
  );

  return (
    <section
      className="tools"
      aria-label={tt('tools.tabs')}
      data-testid="call-tools"
      data-side={side ?? 'none'}
    >
      <div className="tools-tabs">
        {tab('chat', tt('tools.chat'), unread)}
        {tab('documents', tt('tools.documents'), newDocuments)}
      </div>
      <div id={panelId} className="tools-panel" hidden={open === null} data-open={open ?? 'none'}>
        {/* Kept mounted while closed, so a message being written survives a look at the documents. */}
        <div hidden={open !== 'chat'}>
          <ChatPanel
            messages={chat.messages}
            send={(text) =>
              chat.send(
                text,
                peers.map((peer) => peer.identity),
              )
            }
            prepared={side === 'officer' ? { service, language: citizen?.language ?? 'id' } : undefined}
          />
        </div>
        {open === 'documents' &&
          (side === 'officer' ? <DocumentInbox documents={inbox} /> : <DocumentOutbox sender={sender} />)}
      </div>
    </section>
  );
}
