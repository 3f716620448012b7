import type { DaySeries } from '@vp/contract';
import { useMemo } from 'react';
import { dayCharts, type LiveTile, zoneNameOf } from './chart-series';
import { UPlotChart } from './UPlotChart';
import { useSupervisorT } from './useSupervisorT';

interface TenantChartsProps {
  /** The day's series from the drill-down; null until it has loaded. */
  series: DaySeries | null;
  /** The board's latest push of the tenant, placed in its local day; null before any. */
  live: LiveTile | null;
  timeZone: string;
}

/**
 * The tenant's day in three charts, from the server's series of the whole day (so a page opened
 * in the afternoon shows the morning), kept live by the board's pushes; times of the tenant's zone.
 */
export function TenantCharts({ series, live, timeZone }: TenantChartsProps) {
  const { t } = useSupervisorT();
  const charts = useMemo(() => (series ? dayCharts(series, live) : null), [series, live]);
  return (
    <section className="panel detail-section charts" aria-labelledby="charts-heading" data-testid="charts">
      <h3 id="charts-heading">{t('supervisor.charts.heading')}</h3>
      <p className="field-hint">{t('supervisor.charts.zone', { zone: zoneNameOf(timeZone) })}</p>
      {charts === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          <UPlotChart
            label={t('supervisor.charts.waiting')}
            data={charts.waiting}
            kind="step"
            xRange={charts.range}
            testId="chart-waiting"
          />
          <UPlotChart
            label={t('supervisor.charts.servedPerHour')}
            data={charts.servedPerHour}
            kind="bars"
            xRange={charts.range}
            testId="chart-served"
          />
          <UPlotChart
            label={t('supervisor.charts.serviceLevel')}
            data={charts.serviceLevel}
            kind="points"
            xRange={charts.range}
            range={[0, 100]}
            testId="chart-service-level"
          />
        </>
      )}
    </section>
  );
}
