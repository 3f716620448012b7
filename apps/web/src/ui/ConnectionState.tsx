import type { StreamConnection } from '../api/events';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';

const messages: Record<StreamConnection, MessageKey> = {
  connecting: 'connection.connecting',
  open: 'connection.live',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
};

/**
 * Whether live updates are flowing; on a weak signal the citizen should know the page is not
 * stale. Said in words (and announced), the dot's colour only repeats it.
 */
export function ConnectionState({ connection }: { connection: StreamConnection }) {
  const { t } = useT();
  return (
    <p
      className={`connection connection-${connection}`}
      role="status"
      data-testid="connection-state"
      data-state={connection}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(messages[connection])}
    </p>
  );
}
