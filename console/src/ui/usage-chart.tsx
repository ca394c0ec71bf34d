import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One bucket of the usage series. */
export interface UsagePoint {
  start: string;
  requests: number;
  costUsd: number;
  latencyP95Ms: number | null;
}

let firstDrawMarked = false;

function aligned(points: UsagePoint[]): uPlot.AlignedData {
  return [
    points.map((point) => Date.parse(point.start) / 1000),
    points.map((point) => point.requests),
    points.map((point) => point.costUsd),
    points.map((point) => point.latencyP95Ms),
  ];
}

/**
 * Requests, cost and p95 latency over time, each on its own axis (uPlot: canvas, 50 KB). The chart
 * is redrawn in place when the series changes; the first draw of the page is marked in the
 * Performance timeline as `steward:first-chart` (the browser test reads it).
 */
export function UsageChart({ points, label }: { points: UsagePoint[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  const latest = useRef(points);
  latest.current = points;

  // Created once; the series effect below only feeds it new data.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = () => Math.max(280, element.clientWidth);
    plot.current = new uPlot(
      {
        width: width(),
        height: 240,
        scales: { requests: {}, usd: {}, ms: {} },
        series: [
          {},
          { label: 'Requests', scale: 'requests', stroke: '#1d4ed8', width: 2 },
          { label: 'Cost (USD)', scale: 'usd', stroke: '#047857', width: 2, value: (_, value) => (value === null ? '—' : `$${value.toFixed(2)}`) },
          { label: 'p95 latency (ms)', scale: 'ms', stroke: '#b45309', width: 2, dash: [6, 4] },
        ],
        axes: [{}, { scale: 'requests', label: 'Requests' }, { scale: 'usd', side: 1, label: 'USD', grid: { show: false } }, { scale: 'ms', side: 1, label: 'ms', grid: { show: false } }],
      },
      aligned(latest.current),
      element,
    );
    if (!firstDrawMarked) {
      firstDrawMarked = true;
      performance.mark('steward:first-chart');
    }
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: width(), height: 240 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    plot.current?.setData(aligned(points));
  }, [points]);

  return <div ref={container} className="chart" role="img" aria-label={label} />;
}
