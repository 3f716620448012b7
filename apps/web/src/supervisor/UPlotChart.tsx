// One small time chart drawn by uPlot, which is imported on first use: only this page loads it.
import { useEffect, useId, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import type { ChartColumns } from './chart-series';
import { formatClock } from './format';
import { useSupervisorT } from './useSupervisorT';

interface UPlotChartProps {
  label: string;
  data: ChartColumns;
  kind: 'line' | 'bars';
  /** A fixed y range; otherwise from the data. */
  range?: [number, number];
  testId: string;
}

const height = 140;
/** Seconds between time ticks uPlot may choose from; under a minute, the labels show seconds. */
const timeTicks = [10, 30, 60, 300, 600, 900, 1800, 3600, 7200, 10800];
const countTicks = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
const stroke = '#0b5cad';
const fill = 'rgba(11, 92, 173, 0.15)';

/** An empty hour either side of hourly bars, so that a lone bar still sits on a readable hour axis. */
function padHours([hours, values]: ChartColumns): ChartColumns {
  const first = hours[0];
  const last = hours.at(-1);
  if (first === undefined || last === undefined) return [hours, values];
  // uPlot centres a bar on its x: the middle of its hour.
  return [
    [first - 1800, ...hours.map((hour) => hour + 1800), last + 5400],
    [null, ...values, null],
  ];
}

/** A chart with its label as a heading and a text summary for those who cannot see the canvas. */
export function UPlotChart({ label, data, kind, range, testId }: UPlotChartProps) {
  const { t, language } = useSupervisorT();
  const id = useId();
  const container = useRef<HTMLDivElement | null>(null);
  const chart = useRef<uPlot | null>(null);
  const shown = useMemo(() => (kind === 'bars' ? padHours(data) : data), [kind, data]);
  const dataRef = useRef(shown);
  dataRef.current = shown;

  // Created once; the data are set on the existing chart below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: kind and range are fixed for a chart.
  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => {
      const element = container.current;
      if (cancelled || element === null) return;
      const UPlot = module.default;
      const width = Math.max(200, element.clientWidth);
      chart.current = new UPlot(
        {
          width,
          height,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            x: { time: true },
            y: range ? { range } : { range: (_u, _min, max) => [0, Math.max(1, max)] },
          },
          // Counts of people: whole-number ticks only.
          axes: [
            {
              // Clock times only: one short line per tick.
              incrs: timeTicks,
              space: 56,
              values: (_u, splits, _axis, _space, increment) =>
                splits.map((at) => formatClock(language, at * 1000, increment < 60)),
            },
            range ? { size: 40 } : { size: 40, incrs: countTicks },
          ],
          series: [
            {},
            kind === 'bars'
              ? { stroke, fill, paths: UPlot.paths.bars?.({ size: [0.6, 40] }), points: { show: false } }
              : { stroke, fill, width: 2, points: { show: false } },
          ],
        },
        dataRef.current,
        element,
      );
      observer = new ResizeObserver(() => {
        chart.current?.setSize({ width: Math.max(200, element.clientWidth), height });
      });
      observer.observe(element);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setData(shown);
  }, [shown]);

  const values = data[1];
  const last = values.at(-1);
  const summary =
    values.length === 0
      ? t('supervisor.charts.empty')
      : t('supervisor.charts.summary', {
          label,
          count: values.length,
          last: last === null || last === undefined ? t('supervisor.none') : String(last),
        });
  return (
    <figure className="chart" data-testid={testId} data-points={values.length}>
      <figcaption id={`${id}-label`} className="chart-label">
        {label}
      </figcaption>
      <div
        ref={container}
        className="chart-canvas"
        role="img"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-summary`}
      />
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
    </figure>
  );
}
