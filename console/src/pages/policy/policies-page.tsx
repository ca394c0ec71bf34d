import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ConsolePoliciesDocument, type ConsolePoliciesQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Layout, useTitle } from '../../ui/layout';
import { useViewerMay } from '../analysis/viewer-permissions';
import { PolicyDecisions } from './policy-decisions';
import { words } from './policy-format';
import { PolicyViolations } from './policy-violations';
import './policy.css';

const PAGE_SIZE = 20;
const COLUMNS = 5;

type PolicyNode = ConsolePoliciesQuery['policies']['edges'][number]['node'];

function PolicyRow({ policy }: { policy: PolicyNode }) {
  return (
    <tr data-policy-id={policy.id}>
      <th scope="row">{policy.name}</th>
      <td>{words(policy.type)}</td>
      <td>v{policy.currentVersion.number}</td>
      <td>{words(policy.defaultEnforcement)}</td>
      <td>
        <StatusBadge status={policy.status} /> <span className="hint">changed {formatDateTime(policy.updatedAt)}</span>
      </td>
    </tr>
  );
}

/** One page of policies; the last page offers the next. */
function PoliciesPageRows({ organizationId, after, isLast, onMore }: { organizationId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePoliciesDocument, variables: { organizationId, first: PAGE_SIZE, after } });
  const cell = (content: ReactNode) => <tr><td colSpan={COLUMNS}>{content}</td></tr>;
  if (error) return cell(<ErrorMessage error={error} />);
  if (!data) return fetching ? cell(<Loading />) : null;
  const { edges, pageInfo } = data.policies;
  return (
    <>
      {edges.map(({ node }) => <PolicyRow key={node.id} policy={node} />)}
      {isLast && pageInfo.hasNextPage ? cell(<LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} />) : null}
      {after === null && edges.length === 0 ? cell(<EmptyState title="No policies yet.">Create one with <code>createPolicy</code> in the IDE and assign it with <code>assignPolicy</code>; its decisions then appear below.</EmptyState>) : null}
    </>
  );
}

function PoliciesTable({ organizationId }: { organizationId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <th scope="col">Type</th>
            <th scope="col">Current version</th>
            <th scope="col">Enforcement</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cursors.map((after, index) => (
            <PoliciesPageRows key={after ?? 'first'} organizationId={organizationId} after={after} isLast={index === cursors.length - 1} onMore={(cursor) => setCursors((current) => [...current, cursor])} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The organization's policies, the decisions they made (newest first) and the violations they raised. */
export function PoliciesPage({ organizationId }: { organizationId: string }) {
  useTitle('Policies');
  const mayManage = useViewerMay(organizationId, 'policy:manage');
  return (
    <Layout organizationId={organizationId}>
      <h1>Policies</h1>
      <p className="subtitle">What the organization's policies allow, warn about and deny, and what they found.</p>
      <section aria-labelledby="policies-heading" className="card policy-card">
        <h2 id="policies-heading">Policies</h2>
        <PoliciesTable organizationId={organizationId} />
      </section>
      <section aria-labelledby="decisions-heading" className="card policy-card">
        <h2 id="decisions-heading">Recent decisions</h2>
        <PolicyDecisions organizationId={organizationId} />
      </section>
      <section aria-labelledby="violations-heading" className="card policy-card">
        <h2 id="violations-heading">Violations</h2>
        <PolicyViolations organizationId={organizationId} mayManage={mayManage} />
      </section>
    </Layout>
  );
}
