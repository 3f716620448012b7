// The event stream of a signed-in account (an officer's console, a supervisor's board): opened with
// a single-use stream ticket, since EventSource sends no Authorization header, and closed when the
// session ends (sign-out, an admin, expiry).
import type { StreamTicket } from '@vp/contract';
import type { Request, Response } from 'express';
import type { SessionRecord } from '../auth/session-store';
import type { ApiDeps } from '../deps';
import { type EventStream, openEventStream } from './event-stream';

/** What a session's stream handlers are given (a part of any signed-in route's input). */
interface SessionStreamInput {
  request: Request;
  response: Response;
  deps: ApiDeps;
  session: SessionRecord;
}

/** Answers a single-use ticket that opens the session's event stream. */
export async function issueSessionStreamTicket({
  response,
  deps,
  session,
}: SessionStreamInput): Promise<void> {
  const answer: StreamTicket = { streamTicket: await deps.auth.sessions.issueStreamTicket(session) };
  response.json(answer);
}

/**
 * A handler that opens an event stream, subscribes it with `watch` (which returns its unsubscribe),
 * and ends it when the session ends; the subscription is dropped when the client goes away.
 */
export function createSessionStreamHandler<Input extends SessionStreamInput>(
  watch: (input: Input, stream: EventStream) => () => void,
): (input: Input) => void {
  return (input) => {
    const { request, response, deps, session } = input;
    let unwatch = () => {};
    let release = () => {};
    const stream = openEventStream(request, response, () => {
      unwatch();
      release();
    });
    unwatch = watch(input, stream);
    release = deps.sessionStreams.hold(session.key, () => response.end());
  };
}
