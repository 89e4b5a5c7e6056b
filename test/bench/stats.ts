// Summaries of repeated measurements: the median is reported, with the spread around it.

export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarise(values: number[]): Summary {
  if (values.length === 0) throw new Error('summarise() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] as number;
  const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1), samples: values };
}

/** `score`: a unitless measure such as Cumulative Layout Shift. */
export type Unit = 'ms' | 'bytes' | 'x' | 'count' | 'score';

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 'bytes':
      return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1000).toFixed(1)} KB`;
    case 'x':
      return `${value.toFixed(1)}x`;
    case 'count':
      return String(Math.round(value * 10) / 10);
    case 'score':
      return value.toFixed(3);
  }
}
