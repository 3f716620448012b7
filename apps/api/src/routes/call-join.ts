// Issues the browser what it needs to join its call; shared by the citizen and officer routes.
import { type CallRole, mintCallToken } from '@vp/calls';
import type { CallJoin } from '@vp/contract';
import { type Logger, roomNameOf } from '@vp/engine';
import type { ApiDeps } from '../deps';

export async function joinCall(
  deps: ApiDeps,
  options: { ticketId: string; role: CallRole; id: string; displayName: string; peerName?: string },
): Promise<CallJoin> {
  const roomName = roomNameOf(options.ticketId);
  await deps.calls.rooms.ensureRoom(roomName);
  const { token, identity } = await mintCallToken({
    credentials: deps.calls.credentials,
    roomName,
    role: options.role,
    id: options.id,
    displayName: options.displayName,
  });
  const join: CallJoin = { serverUrl: deps.calls.livekitUrl, roomName, token, identity };
  if (options.peerName !== undefined) join.peerName = options.peerName;
  return join;
}

/**
 * Closes a call's room so whoever is still in it leaves; a room that does not exist is closed
 * already, any other failure is logged, not fatal.
 */
export async function closeCall(
  deps: { calls: Pick<ApiDeps['calls'], 'rooms'>; logger: Logger },
  ticketId: string,
): Promise<void> {
  await deps.calls.rooms
    .closeRoom(roomNameOf(ticketId))
    .catch((error: unknown) => deps.logger.warn('closing call room failed', { ticketId, error }));
}
