// Percentiles and formatting for the benchmark scripts.

export function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function describeLatencies(label: string, samples: number[]): string {
  return `${label}: n=${samples.length} p50=${round(percentile(samples, 0.5))} ms p99=${round(percentile(samples, 0.99))} ms max=${round(Math.max(...samples))} ms`;
}
