import type { StreamConnection } from '../api/events';
import { useT } from '../i18n/useT';

/** Whether live updates are flowing; on a weak signal the citizen should know the page is not stale. */
export function ConnectionState({ connection }: { connection: StreamConnection }) {
  const { t } = useT();
  const reconnecting = connection === 'reconnecting';
  return (
    <p
      className={`connection connection-${connection}`}
      data-testid="connection-state"
      data-state={connection}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(reconnecting ? 'connection.reconnecting' : 'connection.live')}
    </p>
  );
}
