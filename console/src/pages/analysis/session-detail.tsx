import { useQuery } from 'urql';
import { ConsoleAnalysisTasksDocument } from '@steward/client';
import { EmptyState, Loading, StatusBadge, formatDateTime, formatMs } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import type { ChosenSession } from './analysis-page';
import { useOnStatusChange } from './session-row';
import { Findings } from './findings';

/** The session's tasks: which analyzer ran what, how it went, how long it took and whether the cache answered. */
function Tasks({ session }: { session: ChosenSession }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleAnalysisTasksDocument, variables: { sessionId: session.id } });
  // Asked again as the live status moves on, so a finished task shows its duration.
  useOnStatusChange(session.status, () => reexecute({ requestPolicy: 'network-only' }));
  if (error) return <ErrorMessage error={error} />;
  const tasks = data?.analysisSession?.tasks;
  if (!tasks) return fetching ? <Loading /> : <EmptyState title="This session was not found." />;
  if (tasks.length === 0) return <EmptyState title="No tasks in this session." />;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Analyzer</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" className="number">Duration</th>
            <th scope="col">Cache</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-task-id={task.id}>
              <th scope="row">{task.analyzer}</th>
              <td>{task.kind.toLowerCase()}</td>
              <td>
                <StatusBadge status={task.status} />
                {task.error ? <span className="hint"> {task.error}</span> : null}
              </td>
              <td className="number">{formatMs(task.durationMs)}</td>
              <td>{task.cache ? (task.cache.hit ? 'Hit' : 'Miss') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chosen session's tasks and findings. */
export function SessionDetail({ session, mayRun }: { session: ChosenSession; mayRun: boolean }) {
  return (
    <section aria-labelledby="session-heading" className="card analysis-card session-detail" data-session-id={session.id}>
      <h2 id="session-heading">Session of {formatDateTime(session.createdAt)}</h2>
      <h3>Tasks</h3>
      <Tasks session={session} />
      <h3>Findings</h3>
      <Findings session={session} mayRun={mayRun} />
    </section>
  );
}
