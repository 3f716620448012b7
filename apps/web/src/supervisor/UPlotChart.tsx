// One small time chart drawn by uPlot, which is imported on first use: only this page loads it.
import { useEffect, useId, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { type ChartColumns, formatDayTime } from './chart-series';
import { useSupervisorT } from './useSupervisorT';

interface UPlotChartProps {
  label: string;
  /** x: seconds since the tenant's local midnight. */
  data: ChartColumns;
  /** A count held until its next change, hourly bars (x: the hour's start), or hourly points. */
  kind: 'step' | 'bars' | 'points';
  /** The x range, shared by a tenant's charts. */
  xRange: [number, number];
  /** A fixed y range; otherwise from the data. */
  range?: [number, number];
  testId: string;
}

const height = 140;
/** Seconds between time ticks uPlot may choose from: minutes to hours of the tenant's day. */
const timeTicks = [300, 600, 900, 1800, 3600, 7200, 10800, 21600];
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
export function UPlotChart({ label, data, kind, xRange, range, testId }: UPlotChartProps) {
  const { t, language } = useSupervisorT();
  const id = useId();
  const container = useRef<HTMLDivElement | null>(null);
  const chart = useRef<uPlot | null>(null);
  const shown = useMemo(() => (kind === 'bars' ? padHours(data) : data), [kind, data]);
  const dataRef = useRef(shown);
  dataRef.current = shown;
  const xRangeRef = useRef(xRange);
  xRangeRef.current = xRange;
  const languageRef = useRef(language);
  languageRef.current = language;

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
            // Seconds of the tenant's local day, not instants: the axis reads in the tenant's zone.
            x: { time: false, range: () => xRangeRef.current },
            y: range ? { range } : { range: (_u, _min, max) => [0, Math.max(1, max)] },
          },
          // Counts of people: whole-number ticks only.
          axes: [
            {
              // Clock times only: one short line per tick.
              incrs: timeTicks,
              space: 56,
              values: (_u, splits) => splits.map((seconds) => formatDayTime(languageRef.current, seconds)),
            },
            range ? { size: 40 } : { size: 40, incrs: countTicks },
          ],
          series: [
            {},
            kind === 'bars'
              ? { stroke, fill, paths: UPlot.paths.bars?.({ size: [0.6, 40] }), points: { show: false } }
              : kind === 'step'
                ? {
                    stroke,
                    fill,
                    width: 2,
                    paths: UPlot.paths.stepped?.({ align: 1 }),
                    // uPlot's own rule: points only where the data are sparse (a day's first change).
                  }
                : { stroke, width: 2, points: { show: true, size: 7, fill: stroke } },
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new x range or language redraws through setData.
  useEffect(() => {
    chart.current?.setData(shown);
  }, [shown, xRange[0], xRange[1], language]);

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
    <figure
      className="chart"
      data-testid={testId}
      data-points={values.length}
      data-sum={values.reduce<number>((sum, value) => sum + (value ?? 0), 0)}
    >
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
