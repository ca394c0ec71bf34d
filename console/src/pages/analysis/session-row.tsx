import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { ConsoleAnalysisProgressDocument, type ConsoleAnalysisSessionFragment } from '@steward/client';
import { StatusBadge, formatCount, formatDateTime, formatMs } from '../../ui/common';

/** A session still moving: the console follows it live. */
export const isRunning = (status: string) => status === 'QUEUED' || status === 'RUNNING';

/** Calls `effect` when the status changes after the first render (the first state is already loaded). */
export function useOnStatusChange(status: string, effect: () => void): void {
  const seen = useRef(status);
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    effect();
  }, [status]);
}

function duration(session: ConsoleAnalysisSessionFragment): string {
  if (!session.startedAt) return 'Not started';
  if (!session.finishedAt) return 'Running';
  return formatMs(Date.parse(session.finishedAt) - Date.parse(session.startedAt));
}

/**
 * The session as it is now: the listed one, replaced by each `analysisProgress` event while it is
 * queued or running (the subscription ends when the session finishes). `onChange` hears each new state.
 */
export function useLiveSession(listed: ConsoleAnalysisSessionFragment, onChange?: (session: ConsoleAnalysisSessionFragment) => void): ConsoleAnalysisSessionFragment {
  const [latest, setLatest] = useState(listed);
  // A fresh list (Load more, a refetch) brings a newer state than the last event seen.
  useEffect(() => setLatest(listed), [listed]);
  const [{ data }] = useSubscription({ query: ConsoleAnalysisProgressDocument, variables: { sessionId: listed.id }, pause: !isRunning(listed.status) });
  useEffect(() => {
    if (!data?.analysisProgress) return;
    setLatest(data.analysisProgress);
    onChange?.(data.analysisProgress);
  }, [data]);
  return latest;
}

/** One session: when, status (live), kinds, timing and its summary; choosing it shows its tasks and findings. */
export function SessionRow({ listed, chosen, onChoose, onChange }: { listed: ConsoleAnalysisSessionFragment; chosen: boolean; onChoose: () => void; onChange: (session: ConsoleAnalysisSessionFragment) => void }) {
  const session = useLiveSession(listed, onChange);
  const { summary } = session;
  return (
    <tr data-session-id={session.id} aria-current={chosen ? 'true' : undefined}>
      <th scope="row">{formatDateTime(session.createdAt)}</th>
      <td className="session-status" aria-live="polite">
        <StatusBadge status={session.status} />
      </td>
      <td>{session.kinds.map((kind) => kind.toLowerCase()).join(', ')}</td>
      <td className="number">{duration(session)}</td>
      <td className="session-findings">
        {formatCount(summary.findings)} ({formatCount(summary.newFindings)} new, {formatCount(summary.newCriticalFindings)} new critical)
      </td>
      <td>
        {summary.tasksSucceeded} of {summary.tasks} succeeded{summary.tasksFailed > 0 ? `, ${summary.tasksFailed} failed` : ''}
        {summary.cacheHits > 0 ? `, ${summary.cacheHits} from cache` : ''}
      </td>
      <td>
        <button type="button" className="secondary" aria-pressed={chosen} onClick={onChoose}>
          Details<span className="visually-hidden"> of the session of {formatDateTime(session.createdAt)}</span>
        </button>
      </td>
    </tr>
  );
}
