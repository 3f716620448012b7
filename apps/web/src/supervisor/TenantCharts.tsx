import { useMemo } from 'react';
import type { WaitingSample } from '../hooks/useBoard';
import { servedPerHourSeries, serviceLevelSeries, waitingSeries } from './chart-series';
import { UPlotChart } from './UPlotChart';
import { useSupervisorT } from './useSupervisorT';

/** The tenant's day in three charts, from the board's pushes this page received. */
export function TenantCharts({ samples }: { samples: readonly WaitingSample[] }) {
  const { t } = useSupervisorT();
  const waiting = useMemo(() => waitingSeries(samples), [samples]);
  const served = useMemo(() => servedPerHourSeries(samples), [samples]);
  const level = useMemo(() => serviceLevelSeries(samples), [samples]);
  return (
    <section className="panel detail-section charts" aria-labelledby="charts-heading" data-testid="charts">
      <h3 id="charts-heading">{t('supervisor.charts.heading')}</h3>
      <p className="field-hint">{t('supervisor.charts.collected')}</p>
      <UPlotChart label={t('supervisor.charts.waiting')} data={waiting} kind="line" testId="chart-waiting" />
      <UPlotChart
        label={t('supervisor.charts.servedPerHour')}
        data={served}
        kind="bars"
        testId="chart-served"
      />
      <UPlotChart
        label={t('supervisor.charts.serviceLevel')}
        data={level}
        kind="line"
        range={[0, 100]}
        testId="chart-service-level"
      />
    </section>
  );
}
