import type { TenantBoard } from '@vp/contract';
import { useMemo, useState } from 'react';
import { endCallAsSupervisor, setOfficerStatusAsSupervisor } from '../api/supervisor-client';
import { useCatalogue } from '../hooks/useCatalogue';
import { useSupervisorAction } from '../hooks/useSupervisorAction';
import { useTenantDetail } from '../hooks/useTenantDetail';
import { Link } from '../routing/Link';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CallTable } from './CallTable';
import { type LiveTile, localDayOf } from './chart-series';
import { ExportPanel } from './ExportPanel';
import { IntakePanel } from './IntakePanel';
import { LineTable } from './LineTable';
import { MonitorView } from './MonitorView';
import { OfficerTable } from './OfficerTable';
import { supervisorActions } from './supervisor-actions';
import { TenantCharts } from './TenantCharts';
import { TenantTile } from './TenantTile';
import { useSupervisorT } from './useSupervisorT';

interface TenantDetailViewProps {
  token: string;
  tenantCode: string;
  /** The tenant's tile of the live board; null when the account may not see it. */
  tile: TenantBoard | null;
  /** When the board shown was read (ms). */
  boardAt: number;
  tenantName: string;
  onExpired(): void;
}

/** A tenant's drill-down: its tile, charts, line, officers, calls, and the actions on them. */
export function TenantDetailView({
  token,
  tenantCode,
  tile,
  boardAt,
  tenantName,
  onExpired,
}: TenantDetailViewProps) {
  const { t } = useSupervisorT();
  const { detail, loadError, refresh } = useTenantDetail(token, tenantCode, JSON.stringify(tile), onExpired);
  const action = useSupervisorAction(refresh, onExpired);
  const [monitored, setMonitored] = useState<{ ticketId: string; number: string } | null>(null);
  const { catalogue } = useCatalogue();
  const timeZone =
    catalogue?.tenants.find((tenant) => tenant.code === tenantCode)?.timeZone ?? 'Asia/Makassar';
  // The board's push, in the tenant's local day: the charts run to it between drill-down fetches.
  const live = useMemo<LiveTile | null>(
    () =>
      tile && {
        ...localDayOf(boardAt, timeZone),
        waiting: tile.waiting.priority + tile.waiting.regular,
        served: tile.today.served,
      },
    [tile, boardAt, timeZone],
  );

  return (
    <div className="detail" data-testid="tenant-detail">
      <p>
        <Link href="/supervisor" className="button-link">
          {t('supervisor.backToBoard')}
        </Link>
      </p>
      <h2 className="detail-heading">{t('supervisor.detail.heading', { tenant: tenantName })}</h2>
      {action.error && <ErrorNotice error={action.error} />}
      {monitored && (
        <MonitorView
          key={monitored.ticketId}
          token={token}
          ticketId={monitored.ticketId}
          number={monitored.number}
          onLeave={() => setMonitored(null)}
        />
      )}
      <div className="detail-columns">
        <div className="detail-main">
          {loadError && <ErrorNotice error={loadError} onRetry={refresh} />}
          {detail && (
            <>
              <LineTable line={detail.line} />
              <CallTable
                calls={detail.calls}
                officerName={(officerId) =>
                  detail.officers.find((officer) => officer.officerId === officerId)?.name ?? officerId
                }
                pending={action.pending}
                monitoring={monitored?.ticketId ?? null}
                onEnd={
                  supervisorActions.endCall
                    ? (ticketId) =>
                        void action.run(`end:${ticketId}`, () => endCallAsSupervisor(token, ticketId))
                    : null
                }
                onMonitor={supervisorActions.monitor ? setMonitored : null}
              />
              <OfficerTable
                officers={detail.officers}
                pending={action.pending}
                onSetStatus={
                  supervisorActions.setOfficerStatus
                    ? (officerId, status) =>
                        void action.run(`officer:${officerId}`, () =>
                          setOfficerStatusAsSupervisor(token, officerId, status),
                        )
                    : null
                }
              />
            </>
          )}
          {!detail && !loadError && <p className="loading">{t('app.loading')}</p>}
        </div>
        <div className="detail-side">
          {tile && <TenantTile tile={tile} name={tenantName} />}
          {tile && supervisorActions.pauseIntake && (
            <IntakePanel token={token} tenantCode={tenantCode} intake={tile.intake} action={action} />
          )}
          <TenantCharts series={detail?.series ?? null} live={live} timeZone={timeZone} />
          {supervisorActions.exportDay && (
            <ExportPanel
              token={token}
              tenantCode={tenantCode}
              today={tile?.today.date ?? null}
              action={action}
            />
          )}
        </div>
      </div>
    </div>
  );
}
