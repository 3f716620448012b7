import type { Service } from '@vp/contract';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../i18n/translate';
import type { CallToolsMessageKey } from './call-tools-messages';
import { type ChatMessage, formatChatTime, maxChatLength } from './chat-message';
import { type FixedPreparedLine, fixedPreparedLines, requirementsMessage } from './prepared-messages';
import { useCallToolsT } from './useCallToolsT';
import type { ChatSendResult } from './useChat';

interface ChatPanelProps {
  messages: ChatMessage[];
  send(text: string): Promise<ChatSendResult>;
  /** The officer's one-click messages, in the citizen's language; absent on the citizen's page. */
  prepared?: { service: Service | undefined; language: Language };
}

const senderKeys: Record<ChatMessage['from'], CallToolsMessageKey> = {
  citizen: 'chat.citizen',
  officer: 'chat.officer',
};

const fixedLineKeys: Record<FixedPreparedLine, CallToolsMessageKey> = {
  greeting: 'chat.prepared.greeting',
  showDocument: 'chat.prepared.showDocument',
  wait: 'chat.prepared.wait',
};

const resultMessages: Partial<Record<ChatSendResult, CallToolsMessageKey>> = {
  noPeer: 'chat.noPeer',
  failed: 'chat.sendFailed',
};

/** The call's chat: the messages with who and when, a box to write, the officer's prepared lines. */
export function ChatPanel({ messages, send, prepared }: ChatPanelProps) {
  const { tt, t } = useCallToolsT();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);

  // The newest message in view.
  useEffect(() => {
    const list = listRef.current;
    if (list && messages.length > 0) list.scrollTop = list.scrollHeight;
  }, [messages.length]);

  const deliver = async (text: string, clearDraft: boolean) => {
    setSending(true);
    const result = await send(text);
    setSending(false);
    if (result === 'sent') {
      setProblem(null);
      if (clearDraft) setDraft('');
    } else if (result === 'tooLong') {
      setProblem(tt('chat.tooLong', { max: maxChatLength, length: [...text.trim()].length }));
    } else {
      const key = resultMessages[result];
      setProblem(key ? tt(key) : null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void deliver(draft, true);
  };

  const tooLong = [...draft.trim()].length > maxChatLength;

  return (
    <div className="chat" data-testid="chat">
      {messages.length === 0 ? (
        <p className="chat-empty">{tt('chat.empty')}</p>
      ) : (
        <ol
          className="chat-list"
          ref={listRef}
          aria-live="polite"
          aria-label={tt('chat.heading')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so a keyboard must reach it (WCAG 2.1.1).
          tabIndex={0}
          data-testid="chat-list"
        >
          {messages.map((message) => {
            const time = formatChatTime(message.at);
            return (
              <li
                key={message.id}
                className={`chat-message chat-${message.direction}`}
                data-testid="chat-message"
                data-direction={message.direction}
              >
                <p className="chat-meta">
                  <span className="chat-sender">
                    {tt(message.direction === 'self' ? 'chat.you' : senderKeys[message.from])}
                  </span>{' '}
                  <time
                    className="chat-time"
                    dateTime={new Date(message.at).toISOString()}
                    data-testid="chat-time"
                  >
                    {time}
                  </time>
                </p>
                <p className="chat-text" data-testid="chat-text">
                  {message.text}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {prepared && (
        <fieldset className="chat-prepared">
          <legend className="visually-hidden">{tt('chat.prepared')}</legend>
          <p className="chat-language" data-testid="chat-citizen-language" data-language={prepared.language}>
            {tt('chat.language', { language: t(`lang.${prepared.language}.name`) })}
          </p>
          {prepared.service && (
            <button
              type="button"
              className="button button-secondary"
              disabled={sending}
              onClick={() =>
                prepared.service &&
                void deliver(requirementsMessage(prepared.service, prepared.language), false)
              }
              data-testid="chat-send-requirements"
            >
              {tt('chat.prepared.requirements')}
            </button>
          )}
          {(Object.keys(fixedPreparedLines) as FixedPreparedLine[]).map((line) => (
            <button
              key={line}
              type="button"
              className="button button-secondary"
              disabled={sending}
              onClick={() => void deliver(fixedPreparedLines[line][prepared.language], false)}
              data-testid={`chat-send-${line}`}
            >
              {tt(fixedLineKeys[line])}
            </button>
          ))}
        </fieldset>
      )}
      <form className="chat-form" onSubmit={onSubmit}>
        <label className="visually-hidden" htmlFor={inputId}>
          {tt('chat.inputLabel')}
        </label>
        <textarea
          id={inputId}
          className="chat-input"
          rows={1}
          value={draft}
          placeholder={tt('chat.inputLabel')}
          aria-invalid={tooLong}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter sends, Shift+Enter starts a new line (as in every chat).
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void deliver(draft, true);
            }
          }}
          data-testid="chat-input"
        />
        <button type="submit" className="button" disabled={sending} data-testid="chat-send">
          {tt(sending ? 'chat.sending' : 'chat.send')}
        </button>
      </form>
      {(problem || tooLong) && (
        <p className="chat-problem" id={`${inputId}-problem`} role="alert" data-testid="chat-problem">
          {tooLong ? tt('chat.tooLong', { max: maxChatLength, length: [...draft.trim()].length }) : problem}
        </p>
      )}
    </div>
  );
}
