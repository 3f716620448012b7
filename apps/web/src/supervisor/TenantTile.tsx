import type { OfficersByState, TenantBoard } from '@vp/contract';
import { Link } from '../routing/Link';
import { supervisorTenantHref } from '../routing/route';
import { DayFigures } from './DayFigures';
import { formatClock, formatDuration } from './format';
import { useSupervisorT } from './useSupervisorT';
import { WarningText } from './WarningText';

/** The board's order of officer states: who can take a citizen first. */
const officerStates: readonly (keyof OfficersByState)[] = [
  'ready',
  'offered',
  'in_call',
  'wrap_up',
  'away',
  'offline',
];

interface TenantTileProps {
  tile: TenantBoard;
  name: string;
}

/** One tenant on the board: its line now, its officers, its day so far; a warning in words and colour. */
export function TenantTile({ tile, name }: TenantTileProps) {
  const { t, language } = useSupervisorT();
  const warn = tile.warnings.length > 0;
  const waiting = tile.waiting.priority + tile.waiting.regular;
  const headingId = `tile-${tile.tenantCode}`;
  return (
    <article
      className={`tile${warn ? ' tile-warning' : ''}`}
      aria-labelledby={headingId}
      data-testid={`tile-${tile.tenantCode}`}
      data-warning={warn}
    >
      <h2 id={headingId} className="tile-heading">
        <Link href={supervisorTenantHref(tile.tenantCode)} className="tile-link">
          <span className="tile-code">{tile.tenantCode}</span> {name}
        </Link>
      </h2>
      <WarningText warnings={tile.warnings} />
      {tile.intake.paused && (
        <p className="tile-paused" data-testid="tile-paused">
          {tile.intake.resumesAt === null
            ? t('supervisor.tile.paused')
            : t('supervisor.tile.pausedUntil', { time: formatClock(language, tile.intake.resumesAt) })}
        </p>
      )}
      <dl className="tile-now">
        <div>
          <dt>{t('supervisor.tile.waiting')}</dt>
          <dd>
            <span className="tile-big" data-testid="tile-waiting" data-value={waiting}>
              {waiting}
            </span>
            <span className="tile-sub">{t('supervisor.tile.waitingSplit', tile.waiting)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('supervisor.tile.longestWait')}</dt>
          <dd>{formatDuration(t, tile.longestWaitSeconds)}</dd>
        </div>
        <div>
          <dt>{t('supervisor.tile.estimatedWait')}</dt>
          <dd>{t('supervisor.minutes', { minutes: tile.estimatedWaitMinutes })}</dd>
        </div>
        <div>
          <dt>{t('supervisor.tile.calls')}</dt>
          <dd>
            <span className="tile-big" data-testid="tile-calls" data-value={tile.callsInProgress}>
              {tile.callsInProgress}
            </span>
          </dd>
        </div>
      </dl>
      <OfficerCounts officers={tile.officers} />
      <DayFigures day={tile.today} />
    </article>
  );
}

function OfficerCounts({ officers }: { officers: OfficersByState }) {
  const { t } = useSupervisorT();
  return (
    <div className="tile-officers">
      <h3 className="tile-subheading">{t('supervisor.tile.officers')}</h3>
      <ul className="officer-counts">
        {officerStates.map((status) => (
          <li key={status} className={`officer-count officer-count-${status}`}>
            <span className="officer-count-value">{officers[status]}</span> {t(`officerStatus.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
