import { useQuery } from 'urql';
import { ConsolePolicyDecisionsDocument, type ConsolePolicyDecisionsQuery } from '@steward/client';
import { EmptyState, StatusBadge, formatDateTime } from '../../ui/common';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { words } from './policy-format';

const PAGE_SIZE = 20;

type DecisionNode = ConsolePolicyDecisionsQuery['policyDecisions']['edges'][number]['node'];

function DecisionRow({ decision }: { decision: DecisionNode }) {
  return (
    <tr data-decision-id={decision.id}>
      <th scope="row">{formatDateTime(decision.createdAt)}</th>
      <td>{words(decision.action)}</td>
      <td>
        <StatusBadge status={decision.outcome} />
      </td>
      <td>
        {decision.determiningPolicies.length === 0 ? (
          'None: no policy objected'
        ) : (
          <ul className="conditions">
            {decision.determiningPolicies.map((result) => (
              <li key={result.policy.id}>
                {result.policy.name} v{result.policyVersion.number} ({words(result.enforcement)})
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** One page of decisions; the last page offers the next. */
function DecisionsPage({ organizationId, ...page }: { organizationId: string } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePolicyDecisionsDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.policyDecisions}
      row={(decision) => <DecisionRow decision={decision} />}
      empty={<EmptyState title="No decisions yet.">They are logged when an LLM proxy or CI asks <code>evaluatePolicies</code>, and when a version is promoted.</EmptyState>}
    />
  );
}

/** The organization's decision log, newest first. */
export function PolicyDecisions({ organizationId }: { organizationId: string }) {
  return <PagedTable columns={['When', 'Action', 'Outcome', 'Determining policy']}>{(page) => <DecisionsPage organizationId={organizationId} {...page} />}</PagedTable>;
}
