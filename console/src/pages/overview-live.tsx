import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { ConsoleBudgetAlertsDocument, ConsoleUsageRecordedDocument, ConsoleUsageSeriesDocument, type ConsoleBudgetAlertsSubscription } from '@steward/client';
import { formatCount, formatDateTime, formatMs, formatUsd } from '../ui/common';
import { ErrorMessage } from '../ui/errors';
import { UsageChart, type UsagePoint } from '../ui/usage-chart';

const HOUR = 3_600_000;
const RANGES = {
  '24h': { label: 'Last 24 hours', hours: 24, granularity: 'HOUR' },
  '7d': { label: 'Last 7 days', hours: 24 * 7, granularity: 'HOUR' },
  '30d': { label: 'Last 30 days', hours: 24 * 30, granularity: 'DAY' },
  '90d': { label: 'Last 90 days', hours: 24 * 90, granularity: 'DAY' },
} as const;
type RangeKey = keyof typeof RANGES;

/** The range's bounds, whole hours, ending after the current hour so a record made now is inside. */
function rangeVariables(organizationId: string, key: RangeKey, now: number) {
  const to = Math.ceil((now + 1) / HOUR) * HOUR;
  const range = RANGES[key];
  return { organizationId, from: new Date(to - range.hours * HOUR).toISOString(), to: new Date(to).toISOString(), granularity: range.granularity };
}

/**
 * Requests, cost and p95 latency over a chosen range. Each `llmUsageRecorded` event of the
 * organization asks for the series again (events arriving together are asked for once), so the
 * chart and its totals move while people watch.
 */
export function LiveUsage({ organizationId }: { organizationId: string }) {
  const [range, setRange] = useState<RangeKey>('7d');
  const [tick, setTick] = useState(0);
  const variables = useMemo(() => rangeVariables(organizationId, range, Date.now()), [organizationId, range, tick]);
  const [{ data, error }, reexecute] = useQuery({ query: ConsoleUsageSeriesDocument, variables });
  const [points, setPoints] = useState<UsagePoint[] | null>(null);
  const [totals, setTotals] = useState<{ requests: number; costUsd: string; latencyP95Ms: number | null } | null>(null);
  useEffect(() => {
    if (!data?.usage) return;
    setPoints(data.usage.buckets.map((bucket) => ({ start: bucket.start, requests: bucket.stats.requests, costUsd: Number(bucket.stats.costUsd), latencyP95Ms: bucket.stats.latencyP95Ms ?? null })));
    setTotals(data.usage.totals);
  }, [data]);

  const pending = useRef<number | undefined>(undefined);
  const [{ data: live }] = useSubscription({ query: ConsoleUsageRecordedDocument, variables: { organizationId } });
  useEffect(() => {
    if (!live) return;
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      // Past the range's end (a new hour began), the bounds move; otherwise the same request is asked again.
      if (Date.now() >= Date.parse(variables.to)) setTick((value) => value + 1);
      else reexecute({ requestPolicy: 'network-only' });
    }, 150);
  }, [live]);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  const summary = totals ? `${formatCount(totals.requests)} requests, ${formatUsd(totals.costUsd)}, p95 latency ${formatMs(totals.latencyP95Ms)}` : 'Loading usage…';
  return (
    <section aria-labelledby="usage-heading" className="card">
      <div className="card-head">
        <h2 id="usage-heading">Usage</h2>
        <label>
          <span className="visually-hidden">Range</span>
          <select value={range} onChange={(event) => setRange(event.target.value as RangeKey)}>
            {Object.entries(RANGES).map(([key, value]) => (
              <option key={key} value={key}>
                {value.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error} />
      <p className="totals" aria-live="polite" data-testid="usage-totals" data-requests={totals?.requests ?? ''}>
        {RANGES[range].label}: {summary}
      </p>
      {points ? <UsageChart points={points} label={`Usage chart, ${RANGES[range].label.toLowerCase()}: ${summary}`} /> : null}
      {live ? <p className="live-note">Live: last record {formatDateTime(live.llmUsageRecorded.recordedAt)}</p> : null}
    </section>
  );
}

type Alert = ConsoleBudgetAlertsSubscription['budgetAlertRaised'];

/** Budget alerts raised while the page is open, newest first, announced to screen readers. */
export function LiveBudgetAlerts({ organizationId }: { organizationId: string }) {
  const [{ data: alerts, error }] = useSubscription<ConsoleBudgetAlertsSubscription, Alert[]>(
    { query: ConsoleBudgetAlertsDocument, variables: { organizationId } },
    (earlier = [], event) => [event.budgetAlertRaised, ...earlier].slice(0, 20),
  );
  return (
    <div role="status" aria-live="polite" className="alerts">
      <ErrorMessage error={error} />
      {(alerts ?? []).map((alert) => (
        <p key={alert.id} className="alert">
          Budget <strong>{alert.budget?.name ?? 'deleted budget'}</strong> passed {Math.round(alert.threshold * 100)} %: {formatUsd(alert.spentUsd)} of {formatUsd(alert.limitUsd)} ({formatDateTime(alert.raisedAt)})
        </p>
      ))}
    </div>
  );
}
