import type { DaySeries } from '@vp/contract';
import { useMemo } from 'react';
import { type DayCharts, dayCharts, type LiveTile, zoneNameOf } from './chart-series';
import type { SupervisorMessageKey } from './supervisor-messages';
import { UPlotChart } from './UPlotChart';
import { useSupervisorT } from './useSupervisorT';

interface ChartSpec {
  label: SupervisorMessageKey;
  series: Exclude<keyof DayCharts, 'range'>;
  kind: 'step' | 'bars' | 'points';
  range?: [number, number];
  testId: string;
}

/** The three charts, in order: which series each draws, and how. */
const chartSpecs: readonly ChartSpec[] = [
  { label: 'supervisor.charts.waiting', series: 'waiting', kind: 'step', testId: 'chart-waiting' },
  { label: 'supervisor.charts.servedPerHour', series: 'servedPerHour', kind: 'bars', testId: 'chart-served' },
  {
    label: 'supervisor.charts.serviceLevel',
    series: 'serviceLevel',
    kind: 'points',
    range: [0, 100],
    testId: 'chart-service-level',
  },
];

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
        chartSpecs.map((spec) => (
          <UPlotChart
            key={spec.testId}
            label={t(spec.label)}
            data={charts[spec.series]}
            kind={spec.kind}
            xRange={charts.range}
            range={spec.range}
            testId={spec.testId}
          />
        ))
      )}
    </section>
  );
}
