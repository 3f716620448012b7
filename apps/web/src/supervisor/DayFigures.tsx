import type { TenantDay } from '@vp/contract';
import { formatDuration, formatShare } from './format';
import type { SupervisorMessageKey } from './supervisor-messages';
import { useSupervisorT } from './useSupervisorT';

/** The tenant's figures of its day so far, as a list of terms and values. */
export function DayFigures({ day }: { day: TenantDay }) {
  const { t } = useSupervisorT();
  const figures: [SupervisorMessageKey, string, string][] = [
    ['supervisor.day.served', String(day.served), 'served'],
    ['supervisor.day.cancelled', String(day.cancelled), 'cancelled'],
    ['supervisor.day.abandoned', String(day.abandoned), 'abandoned'],
    ['supervisor.day.noShow', String(day.noShow), 'no-show'],
    ['supervisor.day.transferred', String(day.transferred), 'transferred'],
    ['supervisor.day.averageWait', formatDuration(t, day.averageWaitSeconds), 'average-wait'],
    ['supervisor.day.p90Wait', formatDuration(t, day.p90WaitSeconds), 'p90-wait'],
    ['supervisor.day.averageHandle', formatDuration(t, day.averageHandleSeconds), 'average-handle'],
    ['supervisor.day.serviceLevel', formatShare(t, day.serviceLevel), 'service-level'],
    ['supervisor.day.abandonmentRate', formatShare(t, day.abandonmentRate), 'abandonment-rate'],
    ['supervisor.day.priorityRejected', String(day.priorityClaimsRejected), 'priority-rejected'],
  ];
  return (
    <div className="tile-day">
      <h3 className="tile-subheading">{t('supervisor.tile.today', { date: day.date })}</h3>
      <dl className="day-figures">
        {figures.map(([key, value, id]) => (
          <div key={id}>
            <dt>{t(key)}</dt>
            <dd data-testid={`day-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
