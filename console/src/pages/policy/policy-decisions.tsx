import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ConsolePolicyDecisionsDocument, type ConsolePolicyDecisionsQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { words } from './policy-format';

const PAGE_SIZE = 20;
const COLUMNS = 4;

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
function DecisionsPage({ organizationId, after, isLast, onMore }: { organizationId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePolicyDecisionsDocument, variables: { organizationId, first: PAGE_SIZE, after } });
  const cell = (content: ReactNode) => <tr><td colSpan={COLUMNS}>{content}</td></tr>;
  if (error) return cell(<ErrorMessage error={error} />);
  if (!data) return fetching ? cell(<Loading />) : null;
  const { edges, pageInfo } = data.policyDecisions;
  return (
    <>
      {edges.map(({ node }) => <DecisionRow key={node.id} decision={node} />)}
      {isLast && pageInfo.hasNextPage ? cell(<LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} />) : null}
      {after === null && edges.length === 0 ? cell(<EmptyState title="No decisions yet.">They are logged when an LLM proxy or CI asks <code>evaluatePolicies</code>, and when a version is promoted.</EmptyState>) : null}
    </>
  );
}

/** The organization's decision log, newest first. */
export function PolicyDecisions({ organizationId }: { organizationId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Determining policy</th>
          </tr>
        </thead>
        <tbody>
          {cursors.map((after, index) => (
            <DecisionsPage key={after ?? 'first'} organizationId={organizationId} after={after} isLast={index === cursors.length - 1} onMore={(cursor) => setCursors((current) => [...current, cursor])} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
