import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsoleIgnoreFindingDocument, ConsoleReopenFindingDocument, ConsoleSessionFindingsDocument, type ConsoleFindingFragment, type FindingSeverity } from '@steward/client';
import { EmptyState, StatusBadge } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
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
function FindingsPage({ session, severity, mayRun, ...page }: { session: ChosenSession; severity: FindingSeverity | null; mayRun: boolean } & TablePage) {
  const filter = severity ? { severities: [severity] } : null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleSessionFindingsDocument, variables: { sessionId: session.id, filter, first: PAGE_SIZE, after: page.after } });
  // A session still running adds findings: asked again as its live status moves on.
  useOnStatusChange(session.status, () => reexecute({ requestPolicy: 'network-only' }));
  const onChanged = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.analysisSession?.findings}
      row={(finding) => <FindingRow finding={finding} mayRun={mayRun} onChanged={onChanged} />}
      empty={<EmptyState title={severity ? `No ${severity.toLowerCase()} findings in this session.` : 'No findings in this session.'}>{severity ? 'Choose another severity.' : null}</EmptyState>}
    />
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
      <PagedTable key={severity ?? 'all'} columns={['Rule', 'Severity', 'Location', 'Message', 'Status', 'New', mayRun ? 'Actions' : null]}>
        {(page) => <FindingsPage session={session} severity={severity} mayRun={mayRun} {...page} />}
      </PagedTable>
    </>
  );
}
