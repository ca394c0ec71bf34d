import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ConsolePullRequestsDocument, type ConsolePullRequestsQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import type { ChosenRepository } from './repos-page';

const PAGE_SIZE = 20;
const COLUMNS = 5;

type PullRequestNode = ConsolePullRequestsQuery['pullRequests']['edges'][number]['node'];

/** The review Steward left on the pull request: the published review and its check run's verdict. */
function reviewText(pullRequest: PullRequestNode): string {
  const check = pullRequest.checkRuns.edges[0]?.node;
  if (!pullRequest.reviewPublishedAt && !check) return 'Not reviewed yet';
  const published = pullRequest.reviewPublishedAt ? `Review published ${formatDateTime(pullRequest.reviewPublishedAt)}` : 'No review published';
  if (!check) return published;
  const verdict = check.status === 'COMPLETED' ? `check ${check.conclusion.toLowerCase()}` : 'check queued';
  return `${published}; ${verdict}`;
}

function PullRequestRow({ pullRequest }: { pullRequest: PullRequestNode }) {
  const title = `#${pullRequest.number} ${pullRequest.title}`;
  return (
    <tr data-pull-request={pullRequest.number}>
      <th scope="row" className="pr-title">
        {pullRequest.webUrl ? (
          <a href={pullRequest.webUrl} rel="noreferrer" target="_blank">
            {title}
          </a>
        ) : (
          title
        )}
        {pullRequest.draft ? ' (draft)' : ''}
      </th>
      <td>{pullRequest.authorLogin}</td>
      <td>
        <StatusBadge status={pullRequest.state} />
      </td>
      <td>{reviewText(pullRequest)}</td>
      <td>{formatDateTime(pullRequest.updatedAt)}</td>
    </tr>
  );
}

/** One page of pull requests; the last page offers the next. */
function PullRequestsPage({ repositoryId, after, isLast, onMore }: { repositoryId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePullRequestsDocument, variables: { repositoryId, first: PAGE_SIZE, after } });
  const cell = (content: ReactNode) => <tr><td colSpan={COLUMNS}>{content}</td></tr>;
  if (error) return cell(<ErrorMessage error={error} />);
  if (!data) return fetching ? cell(<Loading />) : null;
  const { edges, pageInfo } = data.pullRequests;
  return (
    <>
      {edges.map(({ node }) => <PullRequestRow key={node.id} pullRequest={node} />)}
      {isLast && pageInfo.hasNextPage ? cell(<LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} />) : null}
      {after === null && edges.length === 0 ? cell(<EmptyState title="No pull requests yet.">They appear when the repository's webhook delivers its first pull request event.</EmptyState>) : null}
    </>
  );
}

/** The pull requests of one repository, with the state of their review. */
export function PullRequests({ repository }: { repository: ChosenRepository }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="pull-requests-heading" className="card repos-card">
      <h2 id="pull-requests-heading">Pull requests of {repository.fullName}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Pull request</th>
              <th scope="col">Author</th>
              <th scope="col">State</th>
              <th scope="col">Review</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((after, index) => (
              <PullRequestsPage key={after ?? 'first'} repositoryId={repository.id} after={after} isLast={index === cursors.length - 1} onMore={(cursor) => setCursors((current) => [...current, cursor])} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
