import type { ReactNode } from 'react';

/** What an empty list says: what is missing and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-next">{children}</div> : null}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

/** A "more" button under a list paged by the graph's cursors. */
export function LoadMore({ hasNextPage, fetching, onMore }: { hasNextPage: boolean; fetching: boolean; onMore: () => void }) {
  if (!hasNextPage) return null;
  return (
    <button type="button" className="load-more" onClick={onMore} disabled={fetching}>
      {fetching ? 'Loading…' : 'Load more'}
    </button>
  );
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');

/** Usd scalars arrive as decimal strings. */
export const formatUsd = (value: string | number | null | undefined) => (value === null || value === undefined ? '—' : usd.format(Number(value)));
export const formatCount = (value: number | null | undefined) => (value === null || value === undefined ? '—' : count.format(value));
export const formatMs = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
export const formatPercent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`);
export const formatDate = (value: string | null | undefined) => (value ? new Date(value).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric' }) : '—');
export const formatDateTime = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';

/** The version stages, as people say them. */
export const STAGE_LABELS: Record<string, string> = { V1: 'Candidate', V2: 'Production', V3: 'Retired' };

/** A gate or condition status as a labelled badge (colour is never the only signal). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.toLowerCase()}`}>{status.replace(/_/g, ' ').toLowerCase()}</span>;
}
