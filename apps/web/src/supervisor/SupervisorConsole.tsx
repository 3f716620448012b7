import { AdminLink } from '../admin/AdminLink';
import { useBoard } from '../hooks/useBoard';
import { useCatalogue } from '../hooks/useCatalogue';
import { ConnectionState } from '../ui/ConnectionState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { BoardView } from './BoardView';
import { formatClock } from './format';
import { TenantDetailView } from './TenantDetailView';
import { useSupervisorT } from './useSupervisorT';

interface SupervisorConsoleProps {
  token: string;
  /** The tenant to drill into, or null for the board. */
  tenantCode: string | null;
  signingOut: boolean;
  onLogout(): void;
  onExpired(): void;
}

/** The signed-in supervisor's screen: the live board, or one tenant's drill-down. */
export function SupervisorConsole({
  token,
  tenantCode,
  signingOut,
  onLogout,
  onExpired,
}: SupervisorConsoleProps) {
  const { t, local, language } = useSupervisorT();
  const state = useBoard(token, onExpired);
  const { catalogue } = useCatalogue();
  const tenantName = (code: string) => {
    const tenant = catalogue?.tenants.find((item) => item.code === code);
    return tenant ? local(tenant.name) : code;
  };

  let body: React.JSX.Element;
  if (state.loadError) body = <ErrorNotice error={state.loadError} />;
  else if (!state.board) body = <p className="loading">{t('app.loading')}</p>;
  else if (tenantCode === null) body = <BoardView board={state.board} tenantName={tenantName} />;
  else
    body = (
      <TenantDetailView
        token={token}
        tenantCode={tenantCode}
        tile={state.board.tenants.find((tile) => tile.tenantCode === tenantCode) ?? null}
        boardAt={state.board.at}
        tenantName={tenantName(tenantCode)}
        onExpired={onExpired}
      />
    );

  return (
    <section
      className="page page-wide supervisor"
      aria-labelledby="supervisor-heading"
      data-testid="supervisor"
    >
      <div className="supervisor-head">
        <h1 id="supervisor-heading">{t('supervisor.title')}</h1>
        <div className="supervisor-head-side">
          <ConnectionState connection={state.connection} />
          {state.board && (
            <p className="supervisor-as-of">
              {t('supervisor.asOf', { time: formatClock(language, state.board.at) })}
            </p>
          )}
          <AdminLink token={token} />
          <button
            type="button"
            className="button button-secondary"
            data-testid="supervisor-logout"
            onClick={onLogout}
            disabled={signingOut}
          >
            {t(signingOut ? 'supervisor.logout.pending' : 'supervisor.logout')}
          </button>
        </div>
      </div>
      {body}
    </section>
  );
}
