import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsoleIgnoreFindingDocument, ConsoleReopenFindingDocument, ConsoleSessionFindingsDocument, type ConsoleFindingFragment, type FindingSeverity } from '@steward/client';
import { EmptyState, LoadMore, Loading, StatusBadge } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import type { ChosenSession } from './analysis-page';
import { useOnStatusChange } from './session-row';

const PAGE_SIZE = 25;
const SEVERITIES: FindingSeverity[] = ['CRITICAL', 'MAJOR', 'MINOR', 'INFO'];

const location = (finding: ConsoleFindingFragment) => (finding.startLine ? `${finding.path}:${finding.startLine}` : finding.path);

/** "Ignore" (with a reason) for an open finding, "Reopen" for an ignored one; a refusal shows beside them. */
function FindingActions({ finding, onChanged }: { finding: ConsoleFindingFragment; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [ignored, ignore] = useMutation(ConsoleIgnoreFindingDocument);
  const [reopened, reopen] = useMutation(ConsoleReopenFindingDocument);
  const name = `${finding.rule} at ${location(finding)}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await ignore({ input: { findingId: finding.id, reason } });
    if (!result.error) onChanged();
  };
  const doReopen = async () => {
    const result = await reopen({ findingId: finding.id });
    if (!result.error) onChanged();
  };
  if (finding.status === 'IGNORED') {
    return (
      <div className="finding-actions">
        <button type="button" className="secondary" disabled={reopened.fetching} onClick={doReopen}>
          Reopen<span className="visually-hidden"> {name}</span>
        </button>
        <ErrorMessage error={reopened.error} title="Not reopened." />
      </div>
    );
  }
  if (finding.status !== 'OPEN') return <>—</>;
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Ignore<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <form className="ignore-form" onSubmit={submit}>
      <label>
        Why ignore {name}?
        <input value={reason} onChange={(event) => setReason(event.target.value)} required />
      </label>
      <div className="finding-actions">
        <button type="submit" disabled={ignored.fetching || reason.trim() === ''}>
          Confirm: ignore
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={ignored.error} title="Not ignored." />
    </form>
  );
}

function FindingRow({ finding, mayRun, onChanged }: { finding: ConsoleFindingFragment; mayRun: boolean; onChanged: () => void }) {
  return (
    <tr data-finding-id={finding.id} data-severity={finding.severity}>
      <th scope="row">{finding.rule}</th>
      <td>
        <StatusBadge status={finding.severity} />
      </td>
      <td className="finding-location">
        <code>{location(finding)}</code>
      </td>
      <td className="finding-message">{finding.message}</td>
      <td className="finding-status">
        <StatusBadge status={finding.status} />
        {finding.ignoredReason && finding.status === 'IGNORED' ? <span className="hint"> {finding.ignoredReason}</span> : null}
      </td>
      <td>{finding.isNew ? 'New' : 'Seen before'}</td>
      {mayRun ? (
        <td>
          <FindingActions finding={finding} onChanged={onChanged} />
        </td>
      ) : null}
    </tr>
  );
}

/** One page of findings; the last page offers the next. */
function FindingsPage({ session, severity, mayRun, after, isLast, onMore }: { session: ChosenSession; severity: FindingSeverity | null; mayRun: boolean; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const filter = severity ? { severities: [severity] } : null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleSessionFindingsDocument, variables: { sessionId: session.id, filter, first: PAGE_SIZE, after } });
  // A session still running adds findings: asked again as its live status moves on.
  useOnStatusChange(session.status, () => reexecute({ requestPolicy: 'network-only' }));
  const columns = mayRun ? 7 : 6;
  const cell = (content: ReactNode) => <tr><td colSpan={columns}>{content}</td></tr>;
  if (error) return cell(<ErrorMessage error={error} />);
  const findings = data?.analysisSession?.findings;
  if (!findings) return fetching ? cell(<Loading />) : null;
  const onChanged = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      {findings.edges.map(({ node }) => <FindingRow key={node.id} finding={node} mayRun={mayRun} onChanged={onChanged} />)}
      {isLast && findings.pageInfo.hasNextPage ? cell(<LoadMore hasNextPage fetching={fetching} onMore={() => onMore(findings.pageInfo.endCursor!)} />) : null}
      {after === null && findings.edges.length === 0 ? cell(<EmptyState title={severity ? `No ${severity.toLowerCase()} findings in this session.` : 'No findings in this session.'}>{severity ? 'Choose another severity.' : null}</EmptyState>) : null}
    </>
  );
}

function FindingsTable({ session, severity, mayRun }: { session: ChosenSession; severity: FindingSeverity | null; mayRun: boolean }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
            <th scope="col">Location</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">New</th>
            {mayRun ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {cursors.map((after, index) => (
            <FindingsPage key={after ?? 'first'} session={session} severity={severity} mayRun={mayRun} after={after} isLast={index === cursors.length - 1} onMore={(cursor) => setCursors((current) => [...current, cursor])} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The session's findings, filtered by severity; "Ignore" and "Reopen" for a viewer holding `analysis:run`. */
export function Findings({ session, mayRun }: { session: ChosenSession; mayRun: boolean }) {
  const [severity, setSeverity] = useState<FindingSeverity | null>(null);
  return (
    <>
      <label className="finding-filter">
        Severity
        <select value={severity ?? ''} onChange={(event) => setSeverity((event.target.value || null) as FindingSeverity | null)}>
          <option value="">All severities</option>
          {SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {/* Another severity starts again from the first page. */}
      <FindingsTable key={severity ?? 'all'} session={session} severity={severity} mayRun={mayRun} />
    </>
  );
}
