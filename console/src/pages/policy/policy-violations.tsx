import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsolePolicyViolationsDocument, ConsoleUpdatePolicyViolationDocument, type ConsolePolicyViolationsQuery, type PolicyViolationStatus } from '@steward/client';
import { EmptyState, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { words } from './policy-format';

const PAGE_SIZE = 20;
const STATUSES: PolicyViolationStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'WAIVED'];
/** The changes offered from each status (waiving and reopening stay in the API: they need a reason to be told). */
const NEXT: Partial<Record<PolicyViolationStatus, { status: PolicyViolationStatus; label: string }[]>> = {
  OPEN: [
    { status: 'ACKNOWLEDGED', label: 'Acknowledge' },
    { status: 'RESOLVED', label: 'Resolve' },
  ],
  ACKNOWLEDGED: [{ status: 'RESOLVED', label: 'Resolve' }],
};

type ViolationNode = ConsolePolicyViolationsQuery['policyViolations']['edges'][number]['node'];

/** Acknowledge or resolve, for a viewer holding `policy:manage`; a refusal shows in the row. */
function ViolationActions({ violation, onChanged }: { violation: ViolationNode; onChanged: () => void }) {
  const [{ fetching, error }, update] = useMutation(ConsoleUpdatePolicyViolationDocument);
  const choices = NEXT[violation.status] ?? [];
  if (choices.length === 0) return <>—</>;
  const change = async (status: PolicyViolationStatus) => {
    const result = await update({ input: { violationId: violation.id, status } });
    if (!result.error) onChanged();
  };
  return (
    <div className="violation-actions">
      {choices.map((choice) => (
        <button key={choice.status} type="button" className="secondary" disabled={fetching} onClick={() => change(choice.status)}>
          {choice.label}
          <span className="visually-hidden"> the violation of {violation.rule}</span>
        </button>
      ))}
      <ErrorMessage error={error} title="Not changed." />
    </div>
  );
}

function ViolationRow({ violation, mayManage, onChanged }: { violation: ViolationNode; mayManage: boolean; onChanged: () => void }) {
  return (
    <tr data-violation-id={violation.id}>
      <th scope="row">{formatDateTime(violation.createdAt)}</th>
      <td>
        {violation.policy.name}: {violation.rule}
        <span className="explanation hint"> {violation.explanation}</span>
      </td>
      <td>
        <StatusBadge status={violation.severity} />
      </td>
      <td>{words(violation.outcome)}</td>
      <td className="violation-status">
        <StatusBadge status={violation.status} />
      </td>
      {mayManage ? (
        <td>
          <ViolationActions violation={violation} onChanged={onChanged} />
        </td>
      ) : null}
    </tr>
  );
}

/** One page of violations; the last page offers the next. */
function ViolationsPage({ organizationId, status, mayManage, ...page }: { organizationId: string; status: PolicyViolationStatus | null; mayManage: boolean } & TablePage) {
  const filter = status ? { status } : null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsolePolicyViolationsDocument, variables: { organizationId, filter, first: PAGE_SIZE, after: page.after } });
  const onChanged = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.policyViolations}
      row={(violation) => <ViolationRow violation={violation} mayManage={mayManage} onChanged={onChanged} />}
      empty={<EmptyState title={status ? `No ${words(status)} violations.` : 'No violations.'}>A violation is raised when a policy warns about or denies a request; choose another status to see older ones.</EmptyState>}
    />
  );
}

/** The organization's policy violations, open ones first shown, with the status changes the viewer may make. */
export function PolicyViolations({ organizationId, mayManage }: { organizationId: string; mayManage: boolean }) {
  const [status, setStatus] = useState<PolicyViolationStatus | null>('OPEN');
  return (
    <>
      <label className="status-filter">
        Status
        <select value={status ?? ''} onChange={(event) => setStatus((event.target.value || null) as PolicyViolationStatus | null)}>
          <option value="">Any status</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {words(value)}
            </option>
          ))}
        </select>
      </label>
      {/* A new status starts again from the first page. */}
      <PagedTable key={status ?? 'any'} columns={['When', 'Policy and rule', 'Severity', 'Outcome', 'Status', mayManage ? 'Actions' : null]}>
        {(page) => <ViolationsPage organizationId={organizationId} status={status} mayManage={mayManage} {...page} />}
      </PagedTable>
    </>
  );
}
