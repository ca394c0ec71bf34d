import { useQuery } from 'urql';
import { ConsolePoliciesDocument, type ConsolePoliciesQuery } from '@steward/client';
import { EmptyState, StatusBadge, formatDateTime } from '../../ui/common';
import { Layout, useTitle } from '../../ui/layout';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { useViewerMay } from '../analysis/viewer-permissions';
import { PolicyDecisions } from './policy-decisions';
import { words } from './policy-format';
import { PolicyViolations } from './policy-violations';
import './policy.css';

const PAGE_SIZE = 20;

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
function PoliciesPageRows({ organizationId, ...page }: { organizationId: string } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePoliciesDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.policies}
      row={(policy) => <PolicyRow policy={policy} />}
      empty={<EmptyState title="No policies yet.">Create one with <code>createPolicy</code> in the IDE and assign it with <code>assignPolicy</code>; its decisions then appear below.</EmptyState>}
    />
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
        <PagedTable columns={['Policy', 'Type', 'Current version', 'Enforcement', 'Status']}>{(page) => <PoliciesPageRows organizationId={organizationId} {...page} />}</PagedTable>
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
